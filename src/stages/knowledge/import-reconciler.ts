import type { Entity, KnowledgeBase } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import { nameTokens } from './name-tokens.js';
import { sensesAt } from './packed-trie.js';
import { distanceKm } from '../../core/great-circle.js';

/** Two rows for one place name this close (km) are the same place. */
export const SAME_PLACE_KM = 30;

/** What an import did: rows to write (ids settled) and how many were known already. */
export interface Reconciled {
  rows: Entity[];
  known: number;
  added: number;
}

/**
 * Gives each imported row the id of the entity it duplicates, so importing never creates a second
 * Tripoli: same id; else a shared reference (`geonames:…`, `wikidata:…`); else the same name in the same
 * country (and, for places with coordinates on both sides, within 30 km). Rows keep their own id otherwise.
 * Written under a known id, a row adds its names to that entity when the base loads.
 *
 * @example reconcile(kb, [row]).rows[0].id === 'place:ly:tripoli' // for GeoNames row 2210247
 */
export function reconcile(kb: KnowledgeBase, imported: readonly Entity[]): Reconciled {
  const byRef = new Map<string, string>();
  for (const e of kb.entities.values()) for (const ref of e.refs) byRef.set(ref, e.id);
  const rows: Entity[] = [];
  let known = 0;
  for (const row of imported) {
    const id = kb.entities.has(row.id) ? row.id : (sharedRef(row, byRef) ?? sameNamed(kb, row));
    if (id === undefined) rows.push(row);
    else {
      known++;
      rows.push({ ...row, id });
    }
  }
  return { rows, known, added: rows.length - known };
}

function sharedRef(row: Entity, byRef: ReadonlyMap<string, string>): string | undefined {
  for (const ref of row.refs) {
    const id = byRef.get(ref);
    if (id !== undefined) return id;
  }
  return undefined;
}

function sameNamed(kb: KnowledgeBase, row: Entity): string | undefined {
  const isPlace = PLACE_KINDS.has(row.kind);
  for (const name of [row.name_en, row.name_ar]) {
    if (name === '') continue;
    for (const { entity } of sensesAt(kb.trie, nameTokens(name))) {
      if (PLACE_KINDS.has(entity.kind) !== isPlace || entity.country !== row.country) continue;
      if (!isPlace) return entity.id;
      if (row.lat === null || row.lon === null || entity.lat === null || entity.lon === null)
        return entity.id;
      if (distanceKm(row.lat, row.lon, entity.lat, entity.lon) <= SAME_PLACE_KM) return entity.id;
    }
  }
  return undefined;
}

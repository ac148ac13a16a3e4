/**
 * Whether an event's place answers a data set's city column, for the benches that score places against such
 * columns (RAND RDWTI, Wikipedia's incident lists). A city answers the place by the dev scorer's rule
 * (placeEq) on its name or its kept neighbourhood, or when, folded (lower case, no accents, no spaces or
 * punctuation), it equals exactly one of these folded: a name or alias the knowledge base gives the chosen
 * place itself ("Bombay" for Mumbai; never a country's, and never the looser placeEq over aliases); for a
 * district or site of the base lying in a town, that town's names ("Mogadishu" for its airport); the
 * neighbourhood's base names; and a province the description names that the place lies in — such columns
 * often hold the province (a district of a named province filed under the province's name).
 */
import { placeEq } from '../src/app/eval/field-matchers.js';
import type { Mention, PlaceRef } from '../src/core/records.js';
import type { KnowledgeBase } from '../src/stages/knowledge/index.js';
import { namedRegionOf } from './rand-regions.js';

/** A name as a data set and the base both may write it: lower case, without accents, spaces or punctuation. */
export const foldName = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The city matchers of one knowledge base. */
export interface PlaceMatcher {
  /** Whether `city` is the event's place (see the module's comment). */
  sameCity(city: string, loc: PlaceRef, mentions: readonly Mention[]): boolean;
  /** Every name of the place, its town's, its kept quarter's and its named province's: the looser "any name". */
  namesOfPlace(loc: PlaceRef, mentions: readonly Mention[]): string[];
}

export function placeMatcher(kb: KnowledgeBase): PlaceMatcher {
  /** The base's own names of a place entity, with its town's for a district or a site inside one. */
  const baseNames = (id: string | null): string[] => {
    const e = id ? kb.entities.get(id) : undefined;
    if (!e || e.kind === 'country') return [];
    const parent = e.parent === null ? undefined : kb.entities.get(e.parent);
    const town = (e.kind === 'district' || e.kind === 'site') && parent?.kind === 'city' ? [parent] : [];
    return [e, ...town].flatMap((p) => [p.name_en, ...p.aliases_en]);
  };
  return {
    sameCity(city, loc, mentions) {
      if (placeEq(city, loc.name) || (loc.district && placeEq(city, loc.district.name))) return true;
      const folded = foldName(city);
      const own = loc.precision === 'country' ? [] : baseNames(loc.entity_id);
      const id = loc.district?.entity_id ?? loc.entity_id;
      const province = id && loc.precision !== 'country' ? namedRegionOf(kb, id, mentions) : [];
      return [...own, ...baseNames(loc.district?.entity_id ?? null), ...province].some(
        (n) => foldName(n) === folded,
      );
    },
    namesOfPlace(loc, mentions) {
      const e = loc.entity_id ? kb.entities.get(loc.entity_id) : undefined;
      const quarter = loc.district ? [loc.district.name] : [];
      if (!e) return [loc.name, ...quarter];
      const parent = e.parent === null ? undefined : kb.entities.get(e.parent);
      const inTown =
        (e.kind === 'district' || e.kind === 'site') &&
        (parent?.kind === 'city' || parent?.kind === 'district');
      return [
        loc.name,
        e.name_en,
        ...e.aliases_en,
        ...(inTown ? [parent!.name_en, ...parent!.aliases_en] : []),
        ...quarter,
        ...namedRegionOf(kb, loc.district?.entity_id ?? e.id, mentions),
      ];
    },
  };
}

import type { Entity } from './kb-types.js';
import { KB_COLUMNS } from './tsv-reader.js';
import { NO_NAMES } from './world-cities.js';

/**
 * Entities stored by column for the built knowledge-base file (kb-cache.ts): one list per field, each
 * entity at the same index in every list. Written as objects, each of 30k entities repeats its sixteen field
 * names, and the file is twice as long to read and to parse; rebuilt here from one object literal, every
 * entity gets the one layout the loader's rows and the gazetteer's towns share.
 */
export type EntityColumns = { [K in keyof Entity]: Entity[K][] };

/** The fields of an entity in the order `parseKbTsv` and `worldCities` write them: the file's, then two. */
const FIELDS: readonly (keyof Entity)[] = [...KB_COLUMNS, 'origin', 'tier'];

/**
 * The entities by column. Throws for an entity whose fields are not exactly `FIELDS` in that order: read
 * back, it would come out with another layout than the one it was built with.
 *
 * @example toColumns([mosul]).name_en // ['Mosul']
 */
export function toColumns(entities: readonly Entity[]): EntityColumns {
  const columns = Object.fromEntries(FIELDS.map((field) => [field, []])) as unknown as Record<
    keyof Entity,
    unknown[]
  >;
  for (const entity of entities) {
    if (Object.keys(entity).join() !== FIELDS.join())
      throw new Error(`${entity.id}: fields ${Object.keys(entity).join()} are not ${FIELDS.join()}`);
    for (const field of FIELDS) columns[field].push(entity[field]);
  }
  return columns as unknown as EntityColumns;
}

/**
 * The entities again, in order. A gazetteer town's empty name lists are the shared frozen `NO_NAMES`, as
 * `worldCities` makes them.
 *
 * @example fromColumns(toColumns([mosul]))[0].name_en === 'Mosul'
 */
export function fromColumns(c: EntityColumns): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < c.id.length; i++) {
    const world = c.tier[i] === 'world';
    out.push({
      id: c.id[i],
      kind: c.kind[i],
      name_en: c.name_en[i],
      aliases_en: world ? names(c.aliases_en[i]) : c.aliases_en[i],
      name_ar: c.name_ar[i],
      aliases_ar: world ? names(c.aliases_ar[i]) : c.aliases_ar[i],
      demonyms_en: world ? names(c.demonyms_en[i]) : c.demonyms_en[i],
      demonyms_ar: world ? names(c.demonyms_ar[i]) : c.demonyms_ar[i],
      parent: c.parent[i],
      country: c.country[i],
      lat: c.lat[i],
      lon: c.lon[i],
      population: c.population[i],
      refs: c.refs[i],
      origin: c.origin[i],
      tier: c.tier[i],
    });
  }
  return out;
}

const names = (list: string[]): string[] => (list.length === 0 ? NO_NAMES : list);

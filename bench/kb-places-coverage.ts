/**
 * How much of the oracle gazetteers the shipped place base resolves by Arabic name, per country.
 * An oracle town counts as covered when one of our place rows lies within 25 km of it and has an Arabic
 * name or alias equal to one of the town's Arabic names after normalisation (see `normalise`, applied on
 * both sides).
 *
 *   npx tsx bench/kb-places-coverage.ts            # table per country, both oracles
 *   npx tsx bench/kb-places-coverage.ts --misses SY  # also list that country's misses
 *   npx tsx bench/kb-places-coverage.ts --kb-dir DIR # the shipped base plus a user's `marsad kb import` folder
 *
 * Oracles (read only, never copied): ../shared/data/gazetteer/geonames/cities15000_2025.txt.gz (Arabic-script
 * alternate names in Arabic letters) and ../shared/data/gazetteer/dr5hn/cities_ar_en.tsv.gz (name_ar). Scope and population
 * floors are issue 5's, from scripts/kb/places-scope.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { distanceKm } from '../src/core/great-circle.js';
import { foldCodePoint } from '../src/core/text/char-fold.js';
import { PLACE_SCOPES } from '../scripts/kb/places-scope.js';
import { SHARED } from './corpus-files.js';

const ORACLE = join(SHARED, 'data', 'gazetteer');
const PLACES = join(import.meta.dirname, '..', 'data', 'places');
/** `--kb-dir DIR`: also count what a user imported (`marsad kb import geonames … --kb-dir DIR`). */
const kbDirFlag = process.argv.indexOf('--kb-dir');
const USER_KB_DIRS = kbDirFlag > 0 ? [process.argv[kbDirFlag + 1]] : [];
const RADIUS_KM = 25;

interface Named {
  /** Our row's Arabic names (for listing near misses); the oracle town's normalised names. */
  names: string[];
  lat: number;
  lon: number;
}
interface OracleTown extends Named {
  cc: string;
  label: string;
}

/** Administrative labels (already folded) that gazetteers put before a name: مدينة خور فكان، دائرة عين مران. */
const LABEL = /^(مدينه|بلديه|دايره|قضاء|شعبيه|ولايه|واليه|حي|منطقه|ناحيه|محافظه) /;

/**
 * The brief's matching form: src/core/text folding (harakat, alef/hamza, ta marbuta, alef maqsura),
 * whitespace collapsed, a trailing "، country" and a leading administrative label dropped, then ال.
 */
function normalise(name: string): string {
  let out = '';
  for (const ch of name) out += foldCodePoint(ch.codePointAt(0)!);
  const bare = out
    .replace(/[،,].*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return bare.replace(LABEL, '').replace(/^ال/, '');
}

function inScope(cc: string, admin1: string, population: number): boolean {
  const scope = PLACE_SCOPES.find((s) => s.cc === cc);
  if (!scope || population < scope.minPopulation) return false;
  return !scope.admin1 || scope.admin1.includes(admin1);
}

function gzLines(path: string): string[][] {
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

function geonamesOracle(): OracleTown[] {
  return gzLines(join(ORACLE, 'geonames', 'cities15000_2025.txt.gz'))
    .filter((c) => inScope(c[8], c[10], Number(c[14])))
    .map((c) => ({ cc: c[8], label: c[1], lat: +c[4], lon: +c[5], names: arabicOnly(c[3].split(',')) }))
    .filter((town) => town.names.length > 0);
}

function dr5hnOracle(): OracleTown[] {
  const rows = gzLines(join(ORACLE, 'dr5hn', 'cities_ar_en.tsv.gz')).slice(1);
  // dr5hn state codes are not GeoNames admin1 codes, so Russia is left out of this oracle; rows typed as
  // administrative units (adm1, adm2, district) sit at a district centroid, not at a town, and are left out.
  const towns = new Set(['city', 'capital', 'adm3', 'section']);
  return rows
    .filter((c) => c[5] !== 'RU' && c[3] !== '' && towns.has(c[7]) && inScope(c[5], '', Number(c[10] || 0)))
    .map((c) => ({ cc: c[5], label: c[1], lat: +c[8], lon: +c[9], names: arabicOnly([c[3]]) }))
    .filter((town) => town.names.length > 0);
}

/**
 * GeoNames alternate names are not language-tagged: its "Arabic-script" names include Persian, Urdu,
 * Pashto and Kurdish spellings (گرگان، سيالكوٹ). Only names written with letters of the Arabic language
 * count as the town's Arabic name; a town left with none is not in the oracle.
 */
const NON_ARABIC_LETTERS = /[a-z\u0671-\u06a8\u06aa-\u06cb\u06cd-\u06d3]/i; // keeps Persian ک and ی, which fold

function arabicOnly(names: string[]): string[] {
  const arabic = names.filter((n) => /[\u0600-\u06ff]/.test(n) && !NON_ARABIC_LETTERS.test(n));
  return [...new Set(arabic.map(normalise))];
}

function loadOurPlaces(): Map<string, Named[]> {
  const byName = new Map<string, Named[]>();
  const files = [PLACES, ...USER_KB_DIRS].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.tsv'))
      .map((f) => join(dir, f)),
  );
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const c = line.split('\t');
      if (line.startsWith('#') || c[0] === 'id' || c.length < 14 || c[10] === '') continue;
      const place: Named = { names: [c[4], ...c[5].split('|')], lat: +c[10], lon: +c[11] };
      for (const name of [c[4], ...c[5].split('|')].filter((n) => n !== '')) {
        const key = normalise(name);
        byName.set(key, [...(byName.get(key) ?? []), place]);
      }
    }
  }
  return byName;
}

function covered(town: OracleTown, ours: Map<string, Named[]>): boolean {
  return town.names.some((name) =>
    (ours.get(name) ?? []).some((p) => distanceKm(p.lat, p.lon, town.lat, town.lon) <= RADIUS_KM),
  );
}

/** The Arabic names of our rows near a missed town: tells a spelling gap from a missing town. */
function nearby(town: OracleTown, ours: Map<string, Named[]>): string {
  const near = new Set<string>();
  for (const places of ours.values()) {
    for (const p of places)
      if (distanceKm(p.lat, p.lon, town.lat, town.lon) <= RADIUS_KM) near.add(p.names[0]);
  }
  return near.size > 0 ? [...near].join('/') : '(no row within 25 km)';
}

function report(
  title: string,
  towns: OracleTown[],
  ours: Map<string, Named[]>,
  missesOf: string | null,
): void {
  const stats = new Map<string, { n: number; hit: number }>();
  const misses: string[] = [];
  for (const town of towns) {
    const s = stats.get(town.cc) ?? { n: 0, hit: 0 };
    s.n += 1;
    if (covered(town, ours)) s.hit += 1;
    else if (town.cc === missesOf)
      misses.push(`${town.label} ${town.names.join('/')} ≠ ${nearby(town, ours)}`);
    stats.set(town.cc, s);
  }
  console.log(`\n${title}\ncountry\ttowns\tcovered\tshare`);
  let n = 0;
  let hit = 0;
  for (const scope of PLACE_SCOPES) {
    const s = stats.get(scope.cc);
    if (!s) continue;
    n += s.n;
    hit += s.hit;
    console.log(`${scope.cc}\t${s.n}\t${s.hit}\t${((100 * s.hit) / s.n).toFixed(1)}%`);
  }
  console.log(`all\t${n}\t${hit}\t${((100 * hit) / n).toFixed(1)}%`);
  if (misses.length > 0) console.log(`misses ${missesOf}:\n${misses.join('\n')}`);
}

const missesFlag = process.argv.indexOf('--misses');
const missesOf = missesFlag > 0 ? process.argv[missesFlag + 1] : null;
const ours = loadOurPlaces();
report('GeoNames cities15000 (2025), towns with an Arabic-script name', geonamesOracle(), ours, missesOf);
report(
  'dr5hn towns (city, capital, adm3, section) with name_ar and a population',
  dr5hnOracle(),
  ours,
  missesOf,
);

/**
 * Geocoding from incident descriptions: on the RAND Database of Worldwide Terrorism Incidents
 * (../shared/data/event-gold/rand-rdwti, internal evaluation only — read at run time, never copied), the
 * share of incidents whose country, and whose city, the knowledge stage resolves from the description.
 * Country: the country most of the description's place mentions point to (the first counts double,
 * nationalities half, actors tied to a country half).
 * City: the first town or district mention in that country (else a region), compared by any of its names
 * with the gold city. Run: npx tsx bench/kb-rand-geocoding.ts [limit] [--kb-dir DIR-of-imported-TSVs]
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Mention } from '../src/core/records.js';
import { normalizeName } from '../src/core/text/normalize.js';
import { findMentions, loadKnowledgeBase, type KnowledgeBase } from '../src/stages/knowledge/index.js';
import { levenshtein } from '../src/app/eval/field-matchers.js';

const countries = createRequire(import.meta.url)('i18n-iso-countries') as {
  getAlpha2Code(name: string, lang: string): string | undefined;
};
// RAND's names for places that are not (or not only) one ISO country; the accepted codes for each.
const RAND_COUNTRIES: Record<string, string[]> = {
  'West Bank/Gaza': ['PS', 'IL'],
  Kashmir: ['IN', 'PK'],
  'Northern Ireland': ['GB'],
  'Federal Republic of Germany': ['DE'],
  'German Democratic Republic': ['DE'],
  Chechnya: ['RU'],
  'FRY (Kosovo)': ['XK', 'RS'],
  'Bosnia-Herzegovina': ['BA'],
  Syria: ['SY'],
  'Republic of Korea': ['KR'],
  Yugoslavia: ['RS', 'HR', 'BA', 'SI', 'MK', 'ME', 'XK'],
  USSR: ['RU', 'UA', 'GE', 'AM', 'AZ'],
  'Soviet Union': ['RU', 'UA', 'GE', 'AM', 'AZ'],
  Czechoslovakia: ['CZ', 'SK'],
  Rhodesia: ['ZW'],
  Zaire: ['CD'],
  Burma: ['MM'],
  'Ivory Coast': ['CI'],
  Macedonia: ['MK'],
  'Burma (Myanmar)': ['MM'],
  'Korea, South': ['KR'],
  "China, People's Republic of": ['CN'],
  'China, Republic of (Taiwan)': ['TW'],
  FRY: ['RS', 'ME', 'XK'],
  'FRY (Serbia)': ['RS'],
  'FRY (Southern Serbia)': ['RS'],
  'FRY (Montenegro)': ['ME'],
  'Serbia-Montenegro': ['RS', 'ME'],
  'Zimbabwe (Rhodesia)': ['ZW'],
  'Zaire (Belgian Congo)': ['CD'],
  'Democratic Republic of Congo': ['CD'],
  'Congo (Brazzaville)': ['CG'],
  Laos: ['LA'],
  'East Timor': ['TL'],
  Moldova: ['MD'],
  'Papua-New Guinea': ['PG'],
  Swaziland: ['SZ'],
  'Canary Islands': ['ES'],
  Azores: ['PT'],
  'Sri Lanka (Ceylon)': ['LK'],
  'Trinidad-Tobago': ['TT'],
  'South Vietnam': ['VN'],
  'Falkland Islands': ['FK'],
  Transkei: ['ZA'],
  'Trucial Oman States': ['AE'],
};

function accepted(country: string): string[] {
  return RAND_COUNTRIES[country] ?? [countries.getAlpha2Code(country, 'en') ?? `?${country}`];
}

function predictCountry(places: Mention[], actors: Mention[]): string | null {
  const votes = new Map<string, number>();
  places.forEach((m, i) => {
    const cc = m.place?.country;
    // Nationalities ("Palestinian gunmen", "two Americans") say who, not where: half a vote.
    const weight = (i === 0 ? 2 : 1) * (m.via === 'demonym' ? 0.5 : 1);
    if (cc) votes.set(cc, (votes.get(cc) ?? 0) + weight);
  });
  // Actors tied to one country ("Iraqi police", ETA, Hamas) tell it when no place does.
  for (const m of actors)
    if (m.actor?.country) votes.set(m.actor.country, (votes.get(m.actor.country) ?? 0) + 0.5);
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function predictCity(places: Mention[], country: string | null): Mention | undefined {
  const inCountry = places.filter((m) => m.place?.country === country);
  return (
    inCountry.find((m) => m.place?.precision === 'town' || m.place?.precision === 'district') ??
    inCountry.find((m) => m.place?.precision === 'region')
  );
}

function sameCity(kb: KnowledgeBase, mention: Mention, gold: string): boolean {
  const e = kb.entities.get(mention.entity_id);
  const names = e === undefined ? [mention.name] : [e.name_en, ...e.aliases_en];
  const target = normalizeName(gold).replace(/[^a-z0-9]/g, '');
  return names.some((n) => {
    const candidate = normalizeName(n).replace(/[^a-z0-9]/g, '');
    return (
      candidate === target || levenshtein(candidate, target) <= Math.max(1, Math.floor(target.length / 5))
    );
  });
}

const limit = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? Infinity);
const file = new URL('../../shared/data/event-gold/rand-rdwti/rand_rdwti_1968_2009.tsv.gz', import.meta.url);
const rows = gunzipSync(readFileSync(file))
  .toString('utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .slice(0, limit);
const userDirs = process.argv.includes('--kb-dir')
  ? [process.argv[process.argv.indexOf('--kb-dir') + 1]]
  : [];
const kb = await loadKnowledgeBase({ userDirs });
let countryOk = 0;
let cityTotal = 0;
let cityOk = 0;
const missedCountries = new Map<string, number>();
const started = performance.now();
for (const row of rows) {
  const [, city, country, , , , , description] = row.split('\t');
  const mentions = findMentions(kb, description, [[0, description.length]]);
  const places = mentions.filter((m) => m.place !== undefined);
  const predicted = predictCountry(
    places,
    mentions.filter((m) => m.actor !== undefined),
  );
  if (predicted !== null && accepted(country).includes(predicted)) countryOk++;
  else missedCountries.set(country, (missedCountries.get(country) ?? 0) + 1);
  if (city === '' || city === 'Unknown') continue;
  cityTotal++;
  const found = predictCity(places, predicted);
  if (found !== undefined && sameCity(kb, found, city)) cityOk++;
}
const seconds = (performance.now() - started) / 1000;
console.log(`RAND-RDWTI incidents: ${rows.length} (${cityTotal} with a city), ${seconds.toFixed(1)} s`);
console.log(
  `country resolved: ${(countryOk / rows.length).toFixed(3)}   city resolved: ${(cityOk / cityTotal).toFixed(3)}`,
);
const worst = [...missedCountries].sort((a, b) => b[1] - a[1]).slice(0, 8);
console.log(`most missed countries: ${worst.map(([c, n]) => `${c} ${n}`).join(', ')}`);

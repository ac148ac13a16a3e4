/**
 * Geocoding from incident descriptions: on the RAND Database of Worldwide Terrorism Incidents
 * (../shared/data/event-gold/rand-rdwti, internal evaluation only — read at run time, never copied), the
 * share of incidents whose country, and whose city, the knowledge stage resolves from the description.
 * Descriptions are cut into sentences as the language stage cuts articles. Country: the country most of the
 * description's place mentions point to (the first place named counts double, nationalities — including a
 * country named as an owner, "the US embassy" — half, actors tied to a country half).
 * A place named after "from" ("rockets fired from Gaza at Sderot") is where it came from: it is the first place
 * only when no other is named. City: the first town, district or site mention in that country (else a region) —
 * or, as the event layer reads "the Yarmouk area of Mosul", the town the text puts it in — compared by any of its
 * names — or, for a district or site, those of the town it lies in — with the gold city. Also prints the share of descriptions in which no place at all is found (those cannot
 * be resolved whatever the vote). `--misses N` prints N misses drawn at random (fixed seed) with the mentions
 * found, to see what to fix next.
 * Run: npx tsx bench/kb-rand-geocoding.ts [limit] [--kb-dir DIR-of-imported-TSVs] [--misses N]
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Mention } from '../src/core/records.js';
import { normalizeName } from '../src/core/text/normalize.js';
import { findMentions, loadKnowledgeBase, type KnowledgeBase } from '../src/stages/knowledge/index.js';
import { splitSentences } from '../src/stages/language/sentence-splitter.js';
import { levenshtein } from '../src/app/eval/field-matchers.js';
import { seededShuffle } from './events-bench-kit.js';

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

const LOCAL = new Set(['town', 'district', 'site']);

/** "rockets fired from the Gaza Strip", "militants from Waziristan": where they came from, not where it hit. */
const ORIGIN = /\bfrom\s+(?:the\s+)?(?:\w+ern\s+)?$/i;

function predictCountry(description: string, places: Mention[], actors: Mention[]): string | null {
  const votes = new Map<string, number>();
  // The first place named counts double; a nationality before it ("the Iranian embassy in Baghdad") is
  // not it — the event layer, too, never reads a nationality as where something happened — nor a place
  // named as an origin, unless no other is named.
  const named = places.filter((m) => m.via !== 'demonym');
  const where = named.filter((m) => !ORIGIN.test(description.slice(Math.max(0, m.span[0] - 24), m.span[0])));
  const first = where[0] ?? named[0];
  for (const m of places) {
    const cc = m.place?.country;
    // Nationalities ("Palestinian gunmen", "two Americans") say who, not where: half a vote.
    const weight = m === first ? 2 : m.via === 'demonym' ? 0.5 : 1;
    if (cc) votes.set(cc, (votes.get(cc) ?? 0) + weight);
  }
  // Actors tied to one country ("Iraqi police", ETA, Hamas) tell it when no place does.
  for (const m of actors)
    if (m.actor?.country) votes.set(m.actor.country, (votes.get(m.actor.country) ?? 0) + 0.5);
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

// As the event layer reads it (place-finder's PART_OF): "the Yarmouk area of Mosul" happened in Mosul.
const PART_OF =
  /^\s*(?:area|areas|neighbou?rhood|district|suburb|locality|quarter|outskirts)\s+(?:of|in)\s+(?:the\s+)?(?:city\s+of\s+)?$/i;

function predictCity(description: string, places: Mention[], country: string | null): Mention | undefined {
  const inCountry = places.filter((m) => m.place?.country === country);
  const local = inCountry.find((m) => LOCAL.has(m.place?.precision ?? ''));
  const town = inCountry.find(
    (m) =>
      local !== undefined &&
      m.place?.precision === 'town' &&
      m.span[0] >= local.span[1] &&
      PART_OF.test(description.slice(local.span[1], m.span[0])),
  );
  return town ?? local ?? inCountry.find((m) => m.place?.precision === 'region');
}

/** A district or a site ("West Beirut", "Beirut airport") is in the town its row names as parent. */
function namesOf(kb: KnowledgeBase, mention: Mention): string[] {
  const e = kb.entities.get(mention.entity_id);
  if (e === undefined) return [mention.name];
  const parent = e.parent === null ? undefined : kb.entities.get(e.parent);
  const town = parent?.kind === 'city' || parent?.kind === 'district';
  const inside = (e.kind === 'district' || e.kind === 'site') && town;
  return [e.name_en, ...e.aliases_en, ...(inside ? [parent.name_en, ...parent.aliases_en] : [])];
}

function sameCity(kb: KnowledgeBase, mention: Mention, gold: string): boolean {
  const names = namesOf(kb, mention);
  const target = normalizeName(gold).replace(/[^a-z0-9]/g, '');
  return names.some((n) => {
    const candidate = normalizeName(n).replace(/[^a-z0-9]/g, '');
    return (
      candidate === target || levenshtein(candidate, target) <= Math.max(1, Math.floor(target.length / 5))
    );
  });
}

const limit = Number(
  process.argv.find((a, i) => /^\d+$/.test(a) && !/^--/.test(process.argv[i - 1])) ?? Infinity,
);
const file = new URL('../../shared/data/event-gold/rand-rdwti/rand_rdwti_1968_2009.tsv.gz', import.meta.url);
const rows = gunzipSync(readFileSync(file))
  .toString('utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .slice(0, limit);
const option = (flag: string): string | undefined =>
  process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined;
const kbDir = option('--kb-dir');
const userDirs = kbDir === undefined ? [] : [kbDir];
const missSample = Number(option('--misses') ?? 0);
const kb = await loadKnowledgeBase({ userDirs });
let countryOk = 0;
let cityTotal = 0;
let cityOk = 0;
let noPlace = 0;
const misses: string[] = [];
const missedCountries = new Map<string, number>();
const started = performance.now();
for (const row of rows) {
  const [, city, country, , , , , description] = row.split('\t');
  // Cut into sentences as the language stage does: the chooser weighs a gazetteer town by its own sentence.
  const sentences = splitSentences(description, [[0, description.length]]).map((s) => s.span);
  const mentions = findMentions(kb, description, sentences);
  const places = mentions.filter((m) => m.place !== undefined);
  const predicted = predictCountry(
    description,
    places,
    mentions.filter((m) => m.actor !== undefined),
  );
  if (places.length === 0) noPlace++;
  const countryHit = predicted !== null && accepted(country).includes(predicted);
  if (countryHit) countryOk++;
  else missedCountries.set(country, (missedCountries.get(country) ?? 0) + 1);
  const hasCity = city !== '' && city !== 'Unknown';
  if (hasCity) cityTotal++;
  const found = hasCity ? predictCity(description, places, predicted) : undefined;
  const cityHit = found !== undefined && sameCity(kb, found, city);
  if (cityHit) cityOk++;
  if (missSample > 0 && (!countryHit || (hasCity && !cityHit)))
    misses.push(
      describeMiss(`${city} / ${country}`, `${found?.name ?? '-'} / ${predicted}`, description, mentions),
    );
}
const seconds = (performance.now() - started) / 1000;
console.log(`RAND-RDWTI incidents: ${rows.length} (${cityTotal} with a city), ${seconds.toFixed(1)} s`);
console.log(
  `country resolved: ${(countryOk / rows.length).toFixed(3)}   city resolved: ${(cityOk / cityTotal).toFixed(3)}`,
);
console.log(`descriptions with no place found: ${(noPlace / rows.length).toFixed(3)}`);
const worst = [...missedCountries].sort((a, b) => b[1] - a[1]).slice(0, 8);
console.log(`most missed countries: ${worst.map(([c, n]) => `${c} ${n}`).join(', ')}`);
// A fixed-seed draw, so two runs of the same tree print the same misses.
for (const miss of seededShuffle(misses, 20_091_231).slice(0, missSample)) console.log(`\n${miss}`);

function describeMiss(gold: string, got: string, description: string, mentions: Mention[]): string {
  const found = mentions.map((m) => {
    const where = m.place ? (m.place.country ?? '?') : `actor ${m.actor?.country ?? '-'}`;
    return `  ${description.slice(m.span[0], m.span[1])} → ${m.entity_id} [${where}, ${m.via}, ${m.score}]`;
  });
  return [`GOLD ${gold}   GOT ${got}`, description.slice(0, 400), ...found].join('\n');
}

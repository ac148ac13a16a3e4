/**
 * RAND RDWTI (../shared/data/event-gold/rand-rdwti, internal use only): per-field accuracy of marsad's first
 * event per incident description against the structured columns (country, city, fatalities, injuries).
 *
 *   npx tsx bench/events-rand.ts [SAMPLE=3000] [--misses N] [--no-event]
 *
 * Descriptions open with the country in capitals ("ARGENTINA.  The second floor …"), which marsad reads
 * like any dateline. RAND writes 0 for "none reported": an event without a count is scored as 0.
 * Country is scored as kb-rand-geocoding scores it (rand-countries.ts): RAND's names for places that are not
 * one ISO country admit each of their codes (West Bank/Gaza is PS or IL; Kosovo under Serbia XK or RS).
 * `--misses N` prints N misses per field, drawn at random with a fixed seed (the same ones on every run,
 * so a fix shows as a miss gone), each with the description, RAND's value and marsad's choice.
 * `--no-event` prints every description that gives no event at all: each is an incident marsad missed.
 * City is scored on the event's place name by placeEq (the dev scorer's rule), and also counts as hit when
 * RAND's city, folded (lower case, no accents, no spaces or punctuation), equals exactly one of these folded:
 * a name or alias the knowledge base gives the chosen place itself ("Bombay" for Mumbai, "Orissa" for Odisha;
 * never a country's, and never the looser placeEq over aliases); for a district or site of the base lying in
 * a town, that town's names ("Mogadishu" for its airport); and the neighbourhood the event keeps beside its
 * town ("Gilo" for Jerusalem, Gilo kept), by its kept name (placeEq) or its base names; and a province the
 * description names that the place lies in — RAND's city column often holds the province ("the Dand District of
 * Kandahar Province" filed under Kandahar), which kb-rand-geocoding's city figure accepts too. "Any name" is
 * looser still: placeEq over all those names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { EventRecord, Mention } from '../src/core/records.js';
import { placeEq } from '../src/app/eval/field-matchers.js';
import { SHARED } from './corpus-files.js';
import { analyseText, ratio, seededShuffle, spreadSample, type Scored } from './events-bench-kit.js';
import { loadKnowledgeBase } from '../src/stages/knowledge/index.js';
import { acceptedCountries } from './rand-countries.js';
import { placeMatcher } from './place-match.js';

const FILE = join(SHARED, 'data', 'event-gold', 'rand-rdwti', 'rand_rdwti_1968_2009.tsv.gz');
if (!existsSync(FILE)) {
  console.log('rand-rdwti: ../shared data not found — nothing to measure');
  process.exit(0);
}
const { values: flags, positionals } = parseArgs({
  options: { misses: { type: 'string', default: '0' }, 'no-event': { type: 'boolean', default: false } },
  allowPositionals: true,
});
const size = Number(positionals[0] ?? 3000);
const [header, ...lines] = gunzipSync(readFileSync(FILE)).toString('utf8').split('\n').filter(Boolean);
const cols = header.split('\t');
const rows = spreadSample(lines, size).map((l) =>
  Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])),
);

const kb = await loadKnowledgeBase({ userDirs: [] });

const { sameCity, namesOfPlace } = placeMatcher(kb);

type Field = 'country' | 'city' | 'fatalities' | 'injuries';
const FIELDS: Field[] = ['country', 'city', 'fatalities', 'injuries'];

/** Each field of the first event against RAND's columns; fields RAND leaves blank are not scored. */
function score(
  row: Record<string, string>,
  e: EventRecord | undefined,
  mentions: readonly Mention[],
): Partial<Record<Field, Scored>> {
  const out: Partial<Record<Field, Scored>> = {};
  const loc = e?.location;
  const accepted = acceptedCountries(row.country);
  const none = e ? 'no place' : 'no event';
  if (accepted.length > 0)
    out.country = {
      gold: accepted.join('|'),
      got: loc?.country ?? none,
      hit: accepted.includes(loc?.country ?? ''),
    };
  if (row.city && row.city !== 'Unknown') {
    const got = loc
      ? `${loc.name} (${loc.precision}, ${loc.country}) "${spanText(row.description, loc.spans)}"`
      : none;
    out.city = { gold: row.city, got, hit: loc != null && sameCity(row.city, loc, mentions) };
  }
  for (const field of ['fatalities', 'injuries'] as const) {
    const gold = Number(row[field]);
    if (!Number.isFinite(gold)) continue;
    const told = e?.[field];
    const got = told
      ? `${told.value} "${spanText(row.description, told.spans)}"`
      : e
        ? 'none (0)'
        : 'no event';
    out[field] = { gold: String(gold), got, hit: e !== undefined && (told?.value ?? 0) === gold };
  }
  return out;
}

const spanText = (text: string, spans: readonly (readonly [number, number])[]) =>
  spans.map(([a, b]) => text.slice(a, b)).join(' … ');

const tally = { rows: 0, withEvent: 0, ...Object.fromEntries(FIELDS.map((f) => [f, [0, 0]])) } as {
  rows: number;
  withEvent: number;
} & Record<Field, [number, number]>;
/** Cities matched by any name of the event's place. */
let cityAnyName = 0;
/** Descriptions that gave no event: every RAND row is an incident, so each is a missed one. */
const eventless: string[] = [];
const misses: Record<Field, { row: Record<string, string>; scored: Scored }[]> = {
  country: [],
  city: [],
  fatalities: [],
  injuries: [],
};
for (const [i, row] of rows.entries()) {
  tally.rows++;
  const article = await analyseText(`rand-${i}`, row.description, row.date);
  const e = article.events[0];
  if (e) tally.withEvent++;
  else eventless.push(row.description);
  const loc = e?.location;
  if (loc && row.city && row.city !== 'Unknown')
    cityAnyName += namesOfPlace(loc, article.mentions).some((n) => placeEq(row.city, n)) ? 1 : 0;
  for (const [field, scored] of Object.entries(score(row, e, article.mentions)) as [Field, Scored][]) {
    tally[field][1]++;
    if (scored.hit) tally[field][0]++;
    else misses[field].push({ row, scored });
  }
}
console.log(
  `rand-rdwti: ${tally.rows} descriptions (spread sample), ${ratio(tally.withEvent, tally.rows)} with an event\n` +
    `  first event per description — country ${ratio(...tally.country)}, city ${ratio(...tally.city)}` +
    ` (any name ${ratio(cityAnyName, tally.city[1])})\n` +
    `  fatalities ${ratio(...tally.fatalities)}, injuries ${ratio(...tally.injuries)}`,
);
const shown = Number(flags.misses);
for (const field of shown > 0 ? FIELDS : []) {
  console.log(`\n== ${field}: ${shown} of ${misses[field].length} misses`);
  for (const { row, scored } of seededShuffle(misses[field]).slice(0, shown)) {
    console.log(`- RAND ${scored.gold} | marsad ${scored.got}\n  ${row.description}`);
  }
}
if (flags['no-event']) {
  console.log(`\n== ${eventless.length} descriptions with no event`);
  for (const description of eventless) console.log(`- ${description}`);
}

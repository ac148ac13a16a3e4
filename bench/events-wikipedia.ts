/**
 * Wikipedia's lists of terrorist incidents (../shared/data/event-gold/wikipedia-attack-lists, CC BY-SA, read
 * here and never copied): per-field accuracy of marsad's first event per incident paragraph against the
 * table's columns. No rule of marsad was written from these texts: it is a check on text marsad has not been
 * tuned on, beside RAND's.
 *
 *   npx tsx bench/events-wikipedia.ts [SAMPLE=all] [--misses N]
 *
 * Each row is one incident: its `details` paragraph (citation marks such as "[3]" taken out: they are the
 * scrape's, not the text's) is analysed with the row's date as the day the text was written. Scored:
 * - country: the last part of `location` ("Belfast, Northern Ireland") as a country name (rand-countries.ts,
 *   plus the old names the lists use), on rows whose paragraph names some part of `location` (many tell only
 *   "a device exploded by a bakery": the table knows where, the text does not); rows whose last part names no
 *   country ("Bronx, New York") are left out.
 * - city: the first part when `location` has two or more and the paragraph names it, as events-rand scores a
 *   city (place-match.ts).
 * - fatalities: the lists write "12 (+2)" for twelve victims and two attackers dead: either 12 or 14 is a hit;
 *   an event without a count is scored as 0; rows with no plain number ("10–15", "Unknown") are left out.
 * - injuries: as fatalities.
 * - perpetrator: the event's doer (actor1) or the group that claimed it, by the dev scorer's actor rule
 *   (actorEq) on its name or any of its knowledge-base names, on rows whose paragraph names the perpetrator as
 *   the column writes it; "(suspected)" is dropped from the column; rows with an unknown or empty perpetrator
 *   are left out.
 * - explosion typed: rows whose type is only bombing, shelling, rockets, mortars, grenades, mines or air
 *   strikes should give an Explosions/Remote violence event.
 * `--misses N` prints N misses per field, drawn with a fixed seed (the same ones on every run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { actorEq } from '../src/app/eval/field-matchers.js';
import type { ActorRef, EventRecord, Mention } from '../src/core/records.js';
import { parseCsv } from '../src/stages/knowledge/csv-importer.js';
import { loadKnowledgeBase } from '../src/stages/knowledge/index.js';
import { SHARED } from './corpus-files.js';
import { analyseText, ratio, seededShuffle, spreadSample, type Scored } from './events-bench-kit.js';
import { foldName, placeMatcher } from './place-match.js';
import { acceptedCountries } from './rand-countries.js';

const FILE = join(
  SHARED,
  'data',
  'event-gold',
  'wikipedia-attack-lists',
  'wikipedia_terrorist_incidents_1970_2019.csv.gz',
);
if (!existsSync(FILE)) {
  console.log('wikipedia-attack-lists: ../shared data not found — nothing to measure');
  process.exit(0);
}
const { values: flags, positionals } = parseArgs({
  options: { misses: { type: 'string', default: '0' } },
  allowPositionals: true,
});
const [header, ...table] = parseCsv(gunzipSync(readFileSync(FILE)).toString('utf8'));
const rows = spreadSample(
  table.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))),
  Number(positionals[0] ?? table.length),
);
const kb = await loadKnowledgeBase({ userDirs: [] });
const { sameCity } = placeMatcher(kb);

/**
 * Names the lists give countries that the ISO table does not answer, or answers with too few codes
 * (rand-countries.ts gives the rest).
 */
const LIST_COUNTRIES: Record<string, string[]> = {
  'West Germany': ['DE'],
  'East Germany': ['DE'],
  'Republic of Ireland': ['IE'],
  England: ['GB'],
  Scotland: ['GB'],
  Wales: ['GB'],
  'State of Palestine': ['PS', 'IL'],
  Palestine: ['PS', 'IL'],
  'Gaza Strip': ['PS', 'IL'],
  'West Bank': ['PS', 'IL'],
  Kosovo: ['XK', 'RS'],
};
const countriesOf = (name: string) => LIST_COUNTRIES[name] ?? acceptedCountries(name);

/** A plain count, or "victims (+attackers)": the numbers a hit may take; none for anything else. */
function counts(cell: string): number[] {
  const found = /^(\d+)(?:\s*\(\+(\d+)\))?$/.exec(cell.trim());
  if (!found) return [];
  const victims = Number(found[1]);
  return found[2] === undefined ? [victims] : [victims, victims + Number(found[2])];
}

const EXPLOSIVE_ONLY =
  /^(?:(?:suicide |car |roadside |truck |motorcycle |bicycle )*(?:bombings?|bomb(?:s|ings?)?|car bombs?)|(?:rocket|mortar|grenade|missile) attacks?|shelling|land ?mines?|airstrikes?|ied(?: attack)?)(?:,\s*|$)/i;
/** Whether every kind the row's `type` lists is an explosive one. */
const explosiveOnly = (type: string) =>
  type.trim() !== '' && type.split(/,\s*/).every((kind) => EXPLOSIVE_ONLY.test(kind.trim()));

/** The perpetrator column without "(suspected)"; empty when unknown. */
const perpetratorOf = (cell: string) => {
  const name = cell.replace(/\(suspected\)/gi, '').trim();
  return /^(?:unknown|none|n\/a)?$/i.test(name) ? '' : name;
};

/** Whether `gold` names the side: its name on the event or any name the base gives its entity. */
function namesSide(gold: string, side: ActorRef | null | undefined): boolean {
  if (!side) return false;
  const entity = side.entity_id ? kb.entities.get(side.entity_id) : undefined;
  const names = [side.name, ...(entity ? [entity.name_en, ...entity.aliases_en] : [])];
  return names.some((name) => actorEq(gold, name));
}

/** The row's date as ISO, when the list writes one ("January 13 1970", "1 January 2018"). */
function isoDate(cell: string): string | undefined {
  const parsed = new Date(`${cell.replace(/(\d+) (\p{L}+) (\d{4})/u, '$2 $1 $3')} UTC`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10);
}

type Field = 'country' | 'city' | 'fatalities' | 'injuries' | 'perpetrator' | 'explosion typed';
const FIELDS: Field[] = ['country', 'city', 'fatalities', 'injuries', 'perpetrator', 'explosion typed'];

function score(
  row: Record<string, string>,
  text: string,
  e: EventRecord | undefined,
  mentions: readonly Mention[],
): Partial<Record<Field, Scored>> {
  const out: Partial<Record<Field, Scored>> = {};
  const none = e ? 'none' : 'no event';
  const parts = row.location
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const loc = e?.location;
  const folded = foldName(text);
  const told = (part: string) => foldName(part).length >= 3 && folded.includes(foldName(part));
  const accepted = parts.length > 0 ? countriesOf(parts[parts.length - 1]) : [];
  if (accepted.length > 0 && parts.some(told))
    out.country = {
      gold: accepted.join('|'),
      got: loc?.country ?? none,
      hit: accepted.includes(loc?.country ?? ''),
    };
  if (parts.length >= 2 && told(parts[0]))
    out.city = {
      gold: parts[0],
      got: loc ? `${loc.name} (${loc.precision}, ${loc.country}) "${spanText(text, loc.spans)}"` : none,
      hit: loc != null && sameCity(parts[0], loc, mentions),
    };
  for (const [field, column] of [
    ['fatalities', 'dead'],
    ['injuries', 'injured'],
  ] as const) {
    const gold = counts(row[column]);
    if (gold.length === 0) continue;
    const told = e?.[field];
    out[field] = {
      gold: row[column],
      got: told ? `${told.value} "${spanText(text, told.spans)}"` : `${none} (0)`,
      hit: e !== undefined && gold.includes(told?.value ?? 0),
    };
  }
  const perpetrator = perpetratorOf(row.perpetrator);
  if (perpetrator && told(perpetrator))
    out.perpetrator = {
      gold: perpetrator,
      got: e ? `${e.actor1?.name ?? '-'} / claimed ${e.claimed_by?.name ?? '-'}` : none,
      hit: namesSide(perpetrator, e?.actor1) || namesSide(perpetrator, e?.claimed_by),
    };
  if (explosiveOnly(row.type))
    out['explosion typed'] = {
      gold: row.type,
      got: e ? `${e.event_type?.value} / ${e.sub_event_type?.value}` : none,
      hit: e?.event_type?.value === 'Explosions/Remote violence',
    };
  return out;
}

const spanText = (text: string, spans: readonly (readonly [number, number])[]) =>
  spans.map(([a, b]) => text.slice(a, b)).join(' … ');

const tally = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]])) as Record<Field, [number, number]>;
let withEvent = 0;
const misses = Object.fromEntries(FIELDS.map((f) => [f, []])) as unknown as Record<
  Field,
  { text: string; scored: Scored }[]
>;
for (const [i, row] of rows.entries()) {
  const text = row.details.replace(/\[(?:\d+|[a-z]|citation needed)\]/g, '').trim();
  if (text === '') continue;
  const article = await analyseText(`wikipedia-${i}`, text, isoDate(row.date));
  const e = article.events[0];
  if (e) withEvent++;
  for (const [field, scored] of Object.entries(score(row, text, e, article.mentions)) as [Field, Scored][]) {
    tally[field][1]++;
    if (scored.hit) tally[field][0]++;
    else misses[field].push({ text, scored });
  }
}
console.log(
  `wikipedia-attack-lists: ${rows.length} incident paragraphs, ${ratio(withEvent, rows.length)} with an event\n` +
    `  first event per paragraph — ${FIELDS.map((f) => `${f} ${ratio(...tally[f])}`).join(', ')}`,
);
const shown = Number(flags.misses);
for (const field of shown > 0 ? FIELDS : []) {
  console.log(`\n== ${field}: ${shown} of ${misses[field].length} misses`);
  for (const { text, scored } of seededShuffle(misses[field]).slice(0, shown))
    console.log(`- list ${scored.gold} | marsad ${scored.got}\n  ${text}`);
}

/**
 * RAND RDWTI (../shared/data/event-gold/rand-rdwti, internal use only): per-field accuracy of marsad's first
 * event per incident description against the structured columns (country, city, fatalities, injuries).
 *
 *   npx tsx bench/events-rand.ts [SAMPLE=3000]
 *
 * Descriptions open with the country in capitals ("ARGENTINA.  The second floor …"), which marsad reads
 * like any dateline. RAND writes 0 for "none reported": an event without a count is scored as 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import countries from 'i18n-iso-countries';
import { placeEq } from '../src/app/eval/field-matchers.js';
import { SHARED } from './corpus-files.js';
import { analyseText, ratio, spreadSample } from './events-bench-kit.js';

const FILE = join(SHARED, 'data', 'event-gold', 'rand-rdwti', 'rand_rdwti_1968_2009.tsv.gz');
if (!existsSync(FILE)) {
  console.log('rand-rdwti: ../shared data not found — nothing to measure');
  process.exit(0);
}
const size = Number(process.argv[2] ?? 3000);
const [header, ...lines] = gunzipSync(readFileSync(FILE)).toString('utf8').split('\n').filter(Boolean);
const cols = header.split('\t');
const rows = spreadSample(lines, size).map((l) =>
  Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])),
);

const tally = { rows: 0, withEvent: 0, country: [0, 0], city: [0, 0], fatalities: [0, 0], injuries: [0, 0] };
for (const [i, row] of rows.entries()) {
  tally.rows++;
  const article = await analyseText(`rand-${i}`, row.description, row.date);
  const e = article.events[0];
  if (e) tally.withEvent++;
  const iso = countries.getAlpha2Code(row.country, 'en');
  if (iso) {
    tally.country[1]++;
    if (e?.location?.country === iso) tally.country[0]++;
  }
  if (row.city && row.city !== 'Unknown') {
    tally.city[1]++;
    if (e && placeEq(row.city, e.location?.name)) tally.city[0]++;
  }
  for (const field of ['fatalities', 'injuries'] as const) {
    const gold = Number(row[field]);
    if (!Number.isFinite(gold)) continue;
    tally[field][1]++;
    if (e && (e[field]?.value ?? 0) === gold) tally[field][0]++;
  }
}
console.log(
  `rand-rdwti: ${tally.rows} descriptions (spread sample), ${ratio(tally.withEvent, tally.rows)} with an event\n` +
    `  first event per description — country ${ratio(tally.country[0], tally.country[1])}, city ${ratio(tally.city[0], tally.city[1])}\n` +
    `  fatalities ${ratio(tally.fatalities[0], tally.fatalities[1])}, injuries ${ratio(tally.injuries[0], tally.injuries[1])}`,
);

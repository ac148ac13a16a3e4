/**
 * Event figures on the development gold set (../shared/eval/dev): runs the whole pipeline over the
 * annotated articles and scores them like `marsad eval`. Tuning set, not acceptance figures.
 *
 *   npx tsx bench/events-dev.ts            # both languages
 *   npx tsx bench/events-dev.ts ar --verbose   # one language, with every miss and extra event
 *   npx tsx bench/events-dev.ts --pin          # also write the figures as the gate's floors
 *                                              # (test/quality/events-baseline.json)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  formatReport,
  evaluationMarsad,
  predictArticles,
  readJsonLines,
  scoreEvents,
  type GoldArticle,
} from '../src/app/eval/index.js';
import { scalar } from '../src/app/eval/field-matchers.js';
import { SHARED } from './corpus-files.js';

const langs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
const pin = process.argv.includes('--pin');
const BASELINE = join(import.meta.dirname, '..', 'test', 'quality', 'events-baseline.json');
/** Fields the gate holds; claimed_by is too rare on the set to pin. */
const PINNED_FIELDS = [
  'event_type',
  'sub_event_type',
  'location',
  'date',
  'timing',
  'actor1',
  'actor2',
  'fatalities',
  'injuries',
];
const baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));

if (!existsSync(join(SHARED, 'eval', 'dev'))) {
  console.log('../shared/eval/dev is not here: nothing to measure');
  process.exit(0);
}
const marsad = await evaluationMarsad();
for (const lang of langs.length ? langs : ['en', 'ar']) {
  const gold = readJsonLines(join(SHARED, 'eval', 'dev', `${lang}.jsonl`)) as unknown as GoldArticle[];
  const preds = await predictArticles(
    gold.map((g) => join(SHARED, g.doc)),
    marsad,
  );
  writeFileSync(
    join(tmpdir(), `marsad-dev-${lang}.jsonl`),
    preds.map((p) => JSON.stringify(p)).join('\n') + '\n',
  );
  const report = scoreEvents(gold, preds);
  console.log(`\n== dev ${lang} ==\n${formatReport(report)}`);
  if (pin) {
    const fields = Object.fromEntries(
      PINNED_FIELDS.map((f) => [f, Number((report.fields[f] ?? '0').split(' ')[0])]),
    );
    baseline.dev[lang] = { strict_f1: report.strict.f1, lenient_f1: report.lenient.f1, fields };
    writeFileSync(BASELINE, JSON.stringify(baseline, null, 2) + '\n');
  }
  if (verbose) {
    for (const g of gold) {
      const p = preds.find((x) => x.source.endsWith(g.doc));
      console.log(`\n# ${g.doc} published=${p?.published?.value ?? null}`);
      for (const e of g.events) console.log(`  GOLD ${brief(e)}`);
      for (const e of p?.events ?? [])
        console.log(`  PRED ${brief(e as unknown as Record<string, unknown>)}`);
    }
  }
}

function brief(e: Record<string, unknown>): string {
  const loc = e.location as Record<string, unknown> | null;
  const country = e.country ?? loc?.country;
  const fields = [
    'sub_event_type',
    'date',
    'timing',
    'actor1',
    'actor2',
    'fatalities',
    'injuries',
    'claimed_by',
  ];
  return `${country} ${scalar(loc) ?? '-'} | ${fields.map((f) => `${scalar(e[f]) ?? '-'}`).join(' | ')}`;
}

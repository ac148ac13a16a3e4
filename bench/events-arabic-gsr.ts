/**
 * OEDA Arabic event GSR (../shared/data/event-gold/arabic-event-gsr): sentence-level detection of ASSAULT
 * and PROTEST sentences (P/R/F1 over sentences labelled yes / easy no / difficult no; ambiguous left out),
 * and, on the sentences with annotator spans, whether actor1/actor2 fall on the source/target words.
 *
 *   npx tsx bench/events-arabic-gsr.ts [--fp N]
 *
 * `--fp N` prints N false-positive sentences per class (a fixed-seed sample, the same on every run), each
 * with the events marsad made: type, sub-type and the words the type rests on.
 *
 * Most false positives are the label scheme's, not marsad's: of 150 sampled by hand (100 assault, 50
 * protest), 92 tell a real incident or protest the GSR labels "no" — a side clause ("after the attack that
 * killed …"), a kidnapping or a clash told in passing, a protest told by its slogans or its dispersal. The
 * real false events were historical mentions (14), threats, plans and predictions (14), generic or habitual
 * statements (11), attacks in words (5), references and court news (5) and a few others (9). Precision
 * here is therefore a floor; read the sampled sentences before chasing it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ArticleOutput } from '../src/core/article-output.js';
import { normalizeName } from '../src/core/text/normalize.js';
import { SHARED } from './corpus-files.js';
import { analyseText, ratio, seededShuffle } from './events-bench-kit.js';
import { parseCsv } from '../src/stages/knowledge/csv-importer.js';

const DIR = join(SHARED, 'data', 'event-gold', 'arabic-event-gsr');
if (!existsSync(DIR)) {
  console.log('arabic-event-gsr: ../shared data not found — nothing to measure');
  process.exit(0);
}
const fpFlag = process.argv.indexOf('--fp');
/** How many false-positive sentences `--fp N` prints per class; 0 prints none. */
const SHOW_FP = fpFlag > 0 ? Number(process.argv[fpFlag + 1]) : 0;
/** Event types that answer each GSR class. */
const CLASSES = {
  assault: new Set(['Violence against civilians', 'Explosions/Remote violence', 'Battles']),
  protest: new Set(['Protests', 'Riots']),
};

for (const [name, types] of Object.entries(CLASSES)) {
  const rows = csvRecords(gunzipSync(readFileSync(join(DIR, `${name}_gsr.csv.gz`))).toString('utf8'));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const falses: { id: string; article: ArticleOutput }[] = [];
  for (const row of rows) {
    if (row.label === 'ambiguous') continue;
    const article = await analyseText(row.id, row.text);
    const found = article.events.some((e) => types.has(e.event_type?.value ?? ''));
    const gold = row.label === 'yes';
    if (found && gold) tp++;
    else if (found) {
      fp++;
      falses.push({ id: row.id, article });
    } else if (gold) fn++;
  }
  if (SHOW_FP) printFalses(name, types, falses);
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  console.log(
    `arabic-gsr ${name}: sentences P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
  );
  await actorAccuracy(name, types);
}

async function actorAccuracy(name: string, types: Set<string>): Promise<void> {
  const items = JSON.parse(gunzipSync(readFileSync(join(DIR, `${name}_spans.json.gz`))).toString('utf8')) as {
    source: string;
    text: string;
    spans: { source_actor: string[]; target_actor: string[] }[];
  }[];
  const score = { source: [0, 0], target: [0, 0] };
  for (const item of items) {
    const article = await analyseText(item.source, item.text);
    const event = article.events.find((e) => types.has(e.event_type?.value ?? ''));
    const gold = item.spans[0];
    if (!gold) continue;
    for (const [key, words, ref] of [
      ['source', gold.source_actor, event?.actor1],
      ['target', gold.target_actor, event?.actor2],
    ] as const) {
      if (!words?.length) continue;
      score[key][1]++;
      if (ref && onWords(article, ref.spans, words)) score[key][0]++;
    }
  }
  console.log(
    `  actor1 on source words ${ratio(score.source[0], score.source[1])}, actor2 on target words ${ratio(score.target[0], score.target[1])}`,
  );
}

/** A fixed-seed sample of the false positives, each sentence followed by the events that made it one. */
function printFalses(
  name: string,
  types: Set<string>,
  falses: { id: string; article: ArticleOutput }[],
): void {
  for (const [i, { id, article }] of seededShuffle(falses).slice(0, SHOW_FP).entries()) {
    console.log(`\n[${name} fp ${i + 1}] ${id}\n  ${article.text.replace(/\s+/g, ' ')}`);
    for (const e of article.events.filter((x) => types.has(x.event_type?.value ?? ''))) {
      const words = (e.event_type?.spans ?? []).map((s) => article.text.slice(...s)).join(' | ');
      const when = e.timing?.value === 'historical' ? ' (historical)' : '';
      console.log(`  -> ${e.event_type?.value} / ${e.sub_event_type?.value ?? '-'}${when}: «${words}»`);
    }
  }
}

/** True when a span of the actor covers one of the annotator's words. */
function onWords(
  article: ArticleOutput,
  spans: readonly (readonly [number, number])[],
  words: string[],
): boolean {
  const wanted = new Set(words.map(normalizeName));
  return spans.some(([a, b]) =>
    normalizeName(article.text.slice(a, b))
      .split(' ')
      .some((w) => wanted.has(w) || [...wanted].some((x) => w.endsWith(x) || x.endsWith(w))),
  );
}

/** The GSR files as records keyed by their header (quoted fields hold commas). */
function csvRecords(text: string): Record<string, string>[] {
  const [head, ...body] = parseCsv(text);
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

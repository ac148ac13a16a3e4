/**
 * Events marsad finds on ../shared/corpus/{ar-news,en-news} (what `marsad extract` prints for each file),
 * and a spread sample of them with their evidence, to read against the text.
 *
 *   npx tsx bench/events-corpus.ts [SAMPLE=10]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluationMarsad, predictArticles } from '../src/app/eval/index.js';
import { SHARED, corpusTextFiles } from './corpus-files.js';
import { spreadSample } from './events-bench-kit.js';

const sample = Number(process.argv[2] ?? 10);
if (!existsSync(join(SHARED, 'corpus'))) {
  console.log('corpus: ../shared/corpus not found — nothing to count');
  process.exit(0);
}
const marsad = await evaluationMarsad();
const all = [];
for (const folder of ['ar-news', 'en-news']) {
  const files = corpusTextFiles(join('corpus', folder));
  const articles = await predictArticles(files, marsad);
  const events = articles.flatMap((a) => a.events.map((e) => ({ a, e })));
  const current = events.filter(({ e }) => e.timing?.value === 'current').length;
  const withEvents = articles.filter((a) => a.events.length > 0).length;
  console.log(
    `${folder}: ${files.length} files, ${articles.length} processed, ${events.length} events (${current} current) in ${withEvents} articles`,
  );
  all.push(...spreadSample(events, sample / 2));
}
for (const { a, e } of all) {
  const evidence = e.evidence
    .map(([s, t]) => a.text.slice(s, t).replace(/\s+/g, ' ').slice(0, 220))
    .join(' … ');
  console.log(
    `\n${a.source.split('/corpus/')[1]} [${e.id}] ${e.sub_event_type?.value} · ${e.timing?.value} · ${e.date?.value ?? '-'} · ` +
      `${e.location?.name ?? '-'} (${e.location?.country ?? '-'}) · ${e.actor1?.name ?? '-'} → ${e.actor2?.name ?? '-'} · ` +
      `killed ${e.fatalities?.value ?? '-'} injured ${e.injuries?.value ?? '-'}\n  ${evidence}`,
  );
}

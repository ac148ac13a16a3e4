// Times and quantities over the shared corpus: expressions found per second and milliseconds per 3 KB of
// text, for our rules and, for comparison, chrono-node over the same English and Arabic texts.
// Prints figures; asserts nothing about time. `npx tsx bench/times-quantities-bench.ts`
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as chrono from 'chrono-node';
import { findQuantities } from '../src/stages/language/quantities/index.js';
import { splitSentences } from '../src/stages/language/sentence-splitter.js';
import { findTimes } from '../src/stages/language/times/index.js';
import { corpusTextFiles } from './corpus-files.js';

const files = corpusTextFiles();
if (files.length === 0) {
  console.log('no corpus at ../shared/corpus: nothing to measure');
  process.exit(0);
}

interface Article {
  text: string;
  lang: 'ar' | 'en';
  ref: string | null;
}
const articles: Article[] = files.map((path) => {
  const meta = JSON.parse(readFileSync(path.replace(/\.txt$/, '.meta.json'), 'utf8')) as Record<
    string,
    string
  >;
  const date = meta.date_extracted ?? meta.date ?? meta.published ?? null;
  return {
    text: readFileSync(path, 'utf8'),
    lang: path.includes('/ar-news/') ? 'ar' : 'en',
    ref: date?.slice(0, 10) ?? null,
  };
});
console.log(
  `load average ${loadavg()[0].toFixed(1)} (figures below are CPU time of this process, best of five)`,
);
const sentences = articles.map((a) => splitSentences(a.text, [[0, a.text.length]]));

// Best of five rounds, in CPU time of this process: the machine is shared (wall time counts the waits for a
// core), and the first round also pays for compilation.
function measure(label: string, run: (a: Article, i: number) => number): void {
  for (const lang of ['ar', 'en'] as const) {
    const picked = articles.map((a, i) => [a, i] as const).filter(([a]) => a.lang === lang);
    const chars = picked.reduce((n, [a]) => n + a.text.length, 0);
    let best = Infinity;
    let found = 0;
    for (let round = 0; round < 5; round++) {
      const t0 = process.cpuUsage();
      found = 0;
      for (const [a, i] of picked) found += run(a, i);
      const used = process.cpuUsage(t0);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    const perSecond = Math.round((found / best) * 1000);
    const per3k = ((best / chars) * 3000).toFixed(3);
    console.log(
      `${label.padEnd(24)} ${lang}  ${picked.length} docs  ${found} found  ${perSecond}/s  ${per3k} ms per 3 KB`,
    );
  }
}

measure('quantities', (a, i) => findQuantities(a.text, sentences[i], a.lang).length);
measure('time expressions', (a, i) => findTimes(a.text, sentences[i], a.lang, a.ref).length);
// As the language stage calls them: both on one text, which lexes it once.
measure('quantities + times', (a, i) => {
  const q = findQuantities(a.text, sentences[i], a.lang).length;
  return q + findTimes(a.text, sentences[i], a.lang, a.ref).length;
});
const withRole = articles.reduce(
  (n, a, i) => n + findQuantities(a.text, sentences[i], a.lang).filter((q) => q.role).length,
  0,
);
const unresolved = articles.reduce(
  (n, a, i) => n + findTimes(a.text, sentences[i], a.lang, a.ref).filter((t) => t.value === null).length,
  0,
);
console.log(`quantities with a role: ${withRole}; time expressions left unresolved: ${unresolved}`);
// Why the rules do not run chrono-node: its cost on the same texts (and it resolves "on Friday" forwards).
measure(
  'chrono-node (compare)',
  (a) =>
    (a.lang === 'ar' ? chrono.ar : chrono.en).parse(
      a.text,
      a.ref ? new Date(`${a.ref}T12:00:00Z`) : new Date(0),
    ).length,
);

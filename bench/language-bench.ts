// Speed of the language layer on the real corpus, one core: each part alone, then the whole stage.
// `npx tsx bench/language-bench.ts` — prints figures, asserts nothing about time.
import { readFileSync } from 'node:fs';
import type { Document } from '../src/core/records.js';
import { normalizeForMatching } from '../src/core/text/normalize.js';
import { bodySegments } from '../src/stages/language/body-segments.js';
import { identifyDocumentLanguage } from '../src/stages/language/document-language.js';
import { createLanguageStage } from '../src/stages/language/index.js';
import { splitSentences } from '../src/stages/language/sentence-splitter.js';
import { buildTokens } from '../src/stages/language/token-builder.js';
import { corpusTextFiles } from './corpus-files.js';

const texts = corpusTextFiles().map((path) => readFileSync(path, 'utf8'));
if (texts.length === 0) {
  console.log('language: ../shared/corpus not found — nothing to measure');
  process.exit(0);
}
const chars = texts.reduce((n, t) => n + t.length, 0);
const ROUNDS = 5;

/**
 * Runs `work` over every text ROUNDS times after one warm-up pass; returns CPU µs per article. CPU time,
 * not wall time: the machine is shared, and waiting for a core says nothing about this code.
 */
function time(work: (text: string) => number): { usPerArticle: number; items: number } {
  let items = 0;
  for (const t of texts) work(t);
  const start = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) for (const t of texts) items += work(t);
  const used = process.cpuUsage(start);
  return { usPerArticle: (used.user + used.system) / (texts.length * ROUNDS), items: items / ROUNDS };
}

const whole = (t: string) => bodySegments(t.length);
const parts = {
  'language id': time((t) => (identifyDocumentLanguage(t, whole(t)).language ? 1 : 0)),
  'normalised view': time((t) => normalizeForMatching(t).text.length),
  sentences: time((t) => splitSentences(t, whole(t)).length),
  tokens: time((t) => {
    const sentences = splitSentences(t, whole(t));
    return buildTokens(t, sentences, normalizeForMatching(t)).length;
  }),
};

const stage = createLanguageStage();
let times = 0;
let quantities = 0;
const stageRun = time((t) => {
  const doc: Document = { source: 'bench', text: t, body: [0, t.length], removed: [], diagnostics: [] };
  void stage.run(doc, { referenceDate: '2015-08-01' });
  times += doc.times!.length;
  quantities += doc.quantities!.length;
  return doc.tokens!.length;
});

const kb = chars / texts.length / 1024;
console.log(
  `language: ${texts.length} corpus articles, mean ${kb.toFixed(1)} KB, ×${ROUNDS} rounds, CPU time of one core`,
);
for (const [name, r] of Object.entries(parts)) {
  console.log(
    `  ${name.padEnd(16)} ${r.usPerArticle.toFixed(0).padStart(6)} µs/article  (${(r.usPerArticle / kb).toFixed(0)} µs per KB)`,
  );
}
const tokenSeconds = (parts.tokens.usPerArticle * texts.length) / 1e6;
console.log(
  `  tokens: ${parts.tokens.items} per pass → ${(parts.tokens.items / tokenSeconds / 1e6).toFixed(2)} M tokens/s (sentences included)`,
);
const stageSeconds = (stageRun.usPerArticle * texts.length) / 1e6;
console.log(
  `  whole stage      ${stageRun.usPerArticle.toFixed(0).padStart(6)} µs/article → ${(1e6 / stageRun.usPerArticle).toFixed(0)} articles/s` +
    `, ${(stageRun.items / stageSeconds / 1e6).toFixed(2)} M tokens/s` +
    `, ${(times / (ROUNDS + 1) / stageSeconds).toFixed(0)} time expressions/s, ${(quantities / (ROUNDS + 1) / stageSeconds).toFixed(0)} quantities/s`,
);

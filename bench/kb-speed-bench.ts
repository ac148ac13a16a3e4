/**
 * Knowledge stage speed and memory: knowledge-base load time (target ≤ 500 ms), resident memory with the
 * full base loaded (target ≤ 300 MB), and matcher throughput over the shared corpus (every article, one
 * sentence per line). Prints figures; asserts nothing about time.  Run: npx tsx bench/kb-speed-bench.ts
 */
import { readFileSync } from 'node:fs';
import type { Span } from '../src/core/span.js';
import { BUILT, productModule } from './built-product.js';
import { corpusTextFiles } from './corpus-files.js';

const { normalizeForMatching } =
  await productModule<typeof import('../src/core/text/normalize.js')>('core/text/normalize.js');
const { findMentions, loadKnowledgeBase } =
  await productModule<typeof import('../src/stages/knowledge/index.js')>('stages/knowledge/index.js');

// CPU time next to wall time: on a shared machine the wall clock also counts other people's work.
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const c0 = process.cpuUsage();
const kb = await loadKnowledgeBase();
const loadMs = performance.now() - t0;
const loadCpuMs = cpuMs(c0);
const rss = process.memoryUsage().rss;
// Read back from the built file, the entities are a lazy store; a plain Map means the base was built from
// data/ — the file is missing, or stale after a change (`tsc` alone does not rewrite it: `npm run build`).
const origin =
  kb.entities instanceof Map
    ? 'built from data/: no current kb-cache.bin, run npm run build'
    : 'from kb-cache.bin';
console.log(
  `knowledge base (${BUILT ? 'built dist/' : 'sources under tsx'}, ${origin}): ${kb.entities.size} entities from ${kb.sources.length} sources, loaded in ${loadMs.toFixed(0)} ms (${loadCpuMs.toFixed(0)} ms CPU); ` +
    `RSS ${(rss / 1e6).toFixed(0)} MB (${((rss - rssBefore) / 1e6).toFixed(0)} MB for the base)`,
);

const texts = corpusTextFiles().map((file) => ({ file, text: readFileSync(file, 'utf8') }));
if (texts.length === 0) {
  console.log('matcher: ../shared/corpus not found, throughput not measured');
} else {
  // Sentences are cut by line here: the benchmark measures the matcher, not the sentence splitter.
  const docs = texts.map(({ file, text }) => {
    const sentences: Span[] = [];
    let start = 0;
    for (const line of text.split('\n')) {
      if (line.trim() !== '') sentences.push([start, start + line.length]);
      start += line.length + 1;
    }
    return { arabic: file.includes('/ar-news/'), text, sentences, view: normalizeForMatching(text) };
  });
  // Two passes: the first also makes the entities and senses the base builds on first use (kb-cache.ts),
  // so it is the cost a fresh process pays; the second is the matcher's steady speed.
  for (const pass of ['first pass', 'steady']) {
    for (const arabic of [true, false]) {
      const set = docs.filter((d) => d.arabic === arabic);
      const bytes = set.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
      const t = performance.now();
      const c = process.cpuUsage();
      let mentions = 0;
      for (const d of set) mentions += findMentions(kb, d.text, d.sentences, d.view).length;
      const seconds = (performance.now() - t) / 1000;
      const cpuSeconds = cpuMs(c) / 1000;
      console.log(
        `matcher, ${arabic ? 'Arabic' : 'English'}, ${pass}: ${set.length} articles, ${(bytes / 1e6).toFixed(2)} MB in ` +
          `${seconds.toFixed(2)} s = ${(bytes / 1e6 / seconds).toFixed(2)} MB/s ` +
          `(${(bytes / 1e6 / cpuSeconds).toFixed(2)} MB per CPU second), ${mentions} mentions`,
      );
    }
  }
  console.log(`RSS after matching: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}

// Article-body extraction: marsad against @mozilla/readability (on the same DOM library, linkedom) on the
// 181 pages of ../shared/data/article-extraction, scored with the benchmark's metric; then plain-text
// cleaning speed on ../shared/corpus. Prints figures; asserts nothing about time.
// Usage: npx tsx bench/extraction-bench.ts [--pages] (per-page scores of marsad's worst pages)
import { Readability } from '@mozilla/readability';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { corpusTextFiles, SHARED } from './corpus-files.js';
import { scoreAll, scorePage } from './extraction-metric.js';
import { BENCHMARK_DIR, loadPages, marsadBody, type BenchPage } from './extraction-pages.js';

function readability(p: BenchPage): string {
  const { document } = parseHTML(p.html.toString('utf8'));
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

/** Scores with ../shared/eval/extraction-score.mjs itself, so the printed F1 is the benchmark's own. */
function officialScore(pages: readonly BenchPage[], bodies: readonly string[]): string {
  const pred = Object.fromEntries(pages.map((p, i) => [p.id, { articleBody: bodies[i] }]));
  const path = join(tmpdir(), `marsad-extraction-${process.pid}.json`);
  writeFileSync(path, JSON.stringify(pred));
  const r = spawnSync(process.execPath, [
    join(SHARED, 'eval/extraction-score.mjs'),
    join(BENCHMARK_DIR, 'ground-truth.json.gz'),
    path,
  ]);
  return r.stdout.toString().trim();
}

const pages = loadPages();
if (!pages) {
  console.log('extraction bench: ../shared/data/article-extraction is absent; nothing measured');
} else {
  const mb = pages.reduce((s, p) => s + p.html.length, 0) / 1e6;
  readability(pages[0]);
  marsadBody(pages[0].html, 'html');
  // Page by page, each extractor in turn: on a shared machine the load changes by the minute, and
  // interleaving gives both the same conditions.
  const extractors = { marsad: (p: BenchPage) => marsadBody(p.html, 'html'), readability } as const;
  const runs = Object.fromEntries(Object.keys(extractors).map((k) => [k, { out: [] as string[], ms: 0 }]));
  for (const p of pages) {
    for (const [name, fn] of Object.entries(extractors)) {
      const start = performance.now();
      runs[name].out.push(fn(p));
      runs[name].ms += performance.now() - start;
    }
  }
  for (const [name, { out, ms }] of Object.entries(runs)) {
    const s = scoreAll(pages.map((p, i) => scorePage(p.truth, out[i])));
    console.log(
      `${name.padEnd(12)} F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  ` +
        `${(ms / pages.length).toFixed(2)} ms/page  ${((pages.length * 1000) / ms).toFixed(0)} pages/s  ` +
        `${(mb / (ms / 1000)).toFixed(1)} MB/s   official: ${officialScore(pages, out)}`,
    );
    if (name === 'marsad' && process.argv.includes('--pages')) {
      const worst = pages
        .map((p, i) => ({ id: p.id.slice(0, 12), ...scorePage(p.truth, out[i]) }))
        .sort((a, b) => (a.precision ?? 0) + (a.recall ?? 0) - (b.precision ?? 0) - (b.recall ?? 0));
      for (const w of worst.slice(0, 25))
        console.log(`  ${w.id} P ${w.precision?.toFixed(2)} R ${w.recall?.toFixed(2)}`);
    }
  }
}

const texts = corpusTextFiles().map((f) => readFileSync(f));
if (texts.length > 0) {
  const mb = texts.reduce((s, t) => s + t.length, 0) / 1e6;
  for (const t of texts.slice(0, 50)) marsadBody(t, 'text');
  const start = performance.now();
  for (const t of texts) marsadBody(t, 'text');
  const ms = performance.now() - start;
  console.log(
    `plain text   ${texts.length} corpus articles (ingest + clean): ${(ms / texts.length).toFixed(3)} ms/article  ` +
      `${((texts.length * 1000) / ms).toFixed(0)} articles/s  ${(mb / (ms / 1000)).toFixed(1)} MB/s`,
  );
}

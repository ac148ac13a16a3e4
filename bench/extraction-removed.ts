// What the clean stage removes from real plain-text news: counts of removed spans per kind on
// ../shared/corpus, and a seeded sample of them to read and judge by hand.
// Usage: npx tsx bench/extraction-removed.ts [SAMPLE_SIZE=20]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Document } from '../src/core/records.js';
import { createCleanStage } from '../src/stages/clean/index.js';
import { createIngestStage } from '../src/stages/ingest/index.js';
import { corpusTextFiles, SHARED } from './corpus-files.js';

const sampleSize = Number(process.argv[2] ?? 20);
const ingest = createIngestStage();
const clean = createCleanStage();
const counts = new Map<string, number>();
const seen: { file: string; kind: string; reason: string; text: string }[] = [];
let failed = 0;
const files = corpusTextFiles();
for (const file of files) {
  const doc: Document = {
    source: file,
    raw: { bytes: readFileSync(file), format: 'text', hints: {} },
    diagnostics: [],
  };
  try {
    ingest.run(doc, { referenceDate: null });
    clean.run(doc, { referenceDate: null });
  } catch {
    failed++;
    continue;
  }
  for (const r of doc.removed ?? []) {
    const key = `${r.kind} (${r.reason})`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    seen.push({
      file: relative(SHARED, file),
      kind: r.kind,
      reason: r.reason,
      text: doc.text!.slice(...r.span),
    });
  }
}
console.log(`${files.length} corpus texts, ${seen.length} removed spans, ${failed} without main text`);
for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1]))
  console.log(`${String(n).padStart(6)}  ${key}`);
// A fixed stride through the list, so the sample is the same on every run and spread over the corpus.
const stride = Math.max(1, Math.floor(seen.length / sampleSize));
console.log(`\nsample of ${sampleSize}:`);
for (let i = 0; i < seen.length && i / stride < sampleSize; i += stride) {
  const s = seen[i];
  console.log(`- ${s.file} [${s.kind}: ${s.reason}] ${JSON.stringify(s.text.slice(0, 140))}`);
}

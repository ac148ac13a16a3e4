import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createCleanStage } from '../src/stages/clean/index.js';
import { createIngestStage } from '../src/stages/ingest/index.js';
import type { Document } from '../src/core/records.js';

/** Where the benchmark lives: ../shared beside the repository (CI has it there; it is never shipped). */
export const BENCHMARK_DIR = new URL('../../shared/data/article-extraction/', import.meta.url).pathname;

export interface BenchPage {
  id: string;
  html: Buffer;
  truth: string;
}

/** The benchmark's pages with their ground-truth bodies, or null when ../shared is absent. */
export function loadPages(dir = BENCHMARK_DIR): BenchPage[] | null {
  const gtPath = join(dir, 'ground-truth.json.gz');
  if (!existsSync(gtPath)) return null;
  const gt = JSON.parse(gunzipSync(readFileSync(gtPath)).toString('utf8')) as Record<
    string,
    { articleBody: string }
  >;
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => {
      const id = f.replace('.html.gz', '');
      return { id, html: gunzipSync(readFileSync(join(dir, 'html', f))), truth: gt[id]?.articleBody ?? '' };
    });
}

const ingest = createIngestStage();
const clean = createCleanStage();

/** marsad's article body for one input: the clean text without its removed spans ('' when none is found). */
export function marsadBody(bytes: Uint8Array, format: 'html' | 'text'): string {
  const doc: Document = { source: 'bench', raw: { bytes, format, hints: {} }, diagnostics: [] };
  try {
    ingest.run(doc, { referenceDate: null });
    clean.run(doc, { referenceDate: null });
  } catch {
    return '';
  }
  const text = doc.text ?? '';
  let out = '';
  let at = 0;
  for (const r of doc.removed ?? []) {
    out += text.slice(at, r.span[0]) + '\n';
    at = r.span[1];
  }
  return out + text.slice(at);
}

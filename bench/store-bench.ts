// Store write speed on the real corpus: the 700 articles are analysed once, then saved into a fresh SQLite
// file and into PostgreSQL (when reachable), one `saveArticles` call per batch as `marsad ingest` does.
// Prints articles/s, ms of CPU per article and the events written.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createMarsad, openStore } from '../src/app/index.js';
import { INGEST_BATCH } from '../src/app/run-batch.js';
import type { ArticleOutput } from '../src/core/article-output.js';
import { loadConfig } from '../src/core/config.js';
import { corpusTextFiles } from './corpus-files.js';

const POSTGRES = process.env.MARSAD_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = 'marsad_store_bench';

const files = corpusTextFiles();
if (files.length === 0) {
  console.log('store: ../shared/corpus not found — nothing to measure');
  process.exit(0);
}
const marsad = await createMarsad(loadConfig({ kbDirs: [] }));
const articles: ArticleOutput[] = [];
for (const path of files)
  articles.push(await marsad.analyse(path, { bytes: readFileSync(path), format: 'text', hints: {} }));
const events = articles.reduce((n, a) => n + a.events.length, 0);

async function measure(label: string, target: string, batch: number): Promise<void> {
  const store = await openStore(target);
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < articles.length; i += batch) await store.saveArticles(articles.slice(i, i + batch));
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - wall) / 1000;
  const counts = await store.counts();
  await store.close();
  const cpuMs = (used.user + used.system) / 1000 / articles.length;
  console.log(
    `${label.padEnd(28)} ${(articles.length / seconds).toFixed(0).padStart(5)} articles/s   ` +
      `${cpuMs.toFixed(2)} ms CPU/article (this process)   ${counts.articles} articles, ${counts.events} events`,
  );
}

console.log(`${articles.length} corpus articles analysed (${events} events); saving them:`);
for (const batch of [1, INGEST_BATCH]) {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-store-bench-'));
  await measure(`SQLite, ${batch} per save`, join(dir, 'bench.db'), batch);
  rmSync(dir, { recursive: true, force: true });
}

const admin = new pg.Client({ connectionString: POSTGRES });
try {
  await admin.connect();
} catch {
  console.log(`PostgreSQL at ${POSTGRES} not reachable — skipped`);
  process.exit(0);
}
for (const batch of [1, INGEST_BATCH]) {
  await admin.query(`drop schema if exists ${SCHEMA} cascade`);
  await measure(`PostgreSQL, ${batch} per save`, `${POSTGRES}?schema=${SCHEMA}`, batch);
}
await admin.query(`drop schema if exists ${SCHEMA} cascade`);
await admin.end();

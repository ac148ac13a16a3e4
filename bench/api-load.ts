/**
 * Load run of the HTTP API: 100,000 synthetic events in a SQLite file, `/api/events` with filters at a
 * fixed 200 requests/s (autocannon), p50/p99 latency printed. The server runs in a child process so the
 * load generator does not share its event loop. Prints figures; asserts nothing about time.
 *
 *   npm run bench:api                       # 100,000 events, 30 s at 200 req/s
 *   npm run bench:api -- --events 20000 --seconds 10 --rate 200
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openStore } from '../src/adapters/store/index.js';
import type { ServingStore } from '../src/core/ports.js';
import { buildServer } from '../src/server/build-server.js';
import { syntheticArticles } from './api-synthetic-events.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const EVENTS = Number(args.get('events') ?? 100_000);
const SECONDS = Number(args.get('seconds') ?? 30);
const RATE = Number(args.get('rate') ?? 200);
const PORT = Number(args.get('port') ?? 18_181);

// Each request is one an analyst's map view makes: a filter or two, the first page.
const PATHS = [
  '/api/events?country=SY&since=2020-01-01',
  '/api/events?type=Battles&min_fatalities=5',
  '/api/events?bbox=35,32,42,37&sort=-fatalities',
  `/api/events?q=${encodeURIComponent('غارة')}&country=SY`,
  '/api/events?q=checkpoint',
  '/api/events?actor=actor:islamic-state&timing=current',
  '/api/events?country=IQ,LY&until=2019-12-31&limit=100',
  `/api/events?sub_type=${encodeURIComponent('Air/drone strike')}&since=2023-01-01`,
  '/api/events?admin1=Nineveh',
  '/api/events',
];

async function fill(store: ServingStore): Promise<void> {
  const { events } = await store.counts();
  if (events >= EVENTS) return;
  const started = process.hrtime.bigint();
  for (const article of syntheticArticles(EVENTS)) await store.saveArticle(article);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `stored ${EVENTS} events in ${seconds.toFixed(1)} s (${Math.round(EVENTS / seconds)} events/s)`,
  );
}

async function serve(db: string): Promise<void> {
  const store = await openStore(db);
  const app = await buildServer({
    store,
    process: async () => {
      throw new Error('the load run posts nothing');
    },
    rateLimit: false,
    webRoot: null,
  });
  await app.listen({ host: '127.0.0.1', port: PORT });
  const start = process.cpuUsage();
  // Asked at the end, the server says how much CPU it spent: a figure the machine's other load blurs less.
  process.on('message', () => {
    const used = process.cpuUsage(start);
    process.send?.({ cpuMs: (used.user + used.system) / 1000 });
  });
  process.send?.('ready');
}

async function main(): Promise<void> {
  const dir = join(tmpdir(), 'marsad-bench-api');
  mkdirSync(dir, { recursive: true });
  const db = join(dir, `events-${EVENTS}.db`);
  const fresh = !existsSync(db);
  const store = await openStore(db);
  await fill(store);
  console.log(`${fresh ? 'built' : 'reused'} ${db}: ${JSON.stringify(await store.counts())}`);
  await store.close();

  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--serve', db, '--port', String(PORT)],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  await new Promise<void>((resolve) => child.once('message', () => resolve()));
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${PORT}`,
      connections: 10,
      overallRate: RATE,
      duration: SECONDS,
      requests: PATHS.map((path) => ({ method: 'GET', path })),
    });
    const { latency, requests, non2xx, errors } = result;
    const cpu = await new Promise<{ cpuMs: number }>((resolve) => {
      child.once('message', (m) => resolve(m as { cpuMs: number }));
      child.send('cpu');
    });
    console.log(
      `/api/events with filters, ${RATE} req/s for ${SECONDS} s over ${EVENTS} events (${PATHS.length} queries in turn):`,
    );
    console.log(
      `  requests ${requests.total} (mean ${requests.average}/s), non-2xx ${non2xx}, errors ${errors}`,
    );
    console.log(
      `  latency ms: p50 ${latency.p50}  p90 ${latency.p90}  p99 ${latency.p99}  max ${latency.max}  (target p99 <= 50)`,
    );
    const perRequest = cpu.cpuMs / Math.max(1, requests.total);
    console.log(
      `  server CPU ${perRequest.toFixed(2)} ms per request; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
    );
  } finally {
    child.kill('SIGTERM');
  }
}

if (args.has('serve')) await serve(args.get('serve') as string);
else await main();

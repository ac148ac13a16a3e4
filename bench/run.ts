// `npm run bench`: the speed benchmarks (every bench/*-bench.ts), each in its own process so memory figures
// are its own, and with the node flags `marsad` runs with. `npm run bench:quality`: the accuracy
// measurements against the shared data sets.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MARSAD_NODE_FLAGS } from '../scripts/node-flags.mjs';

const QUALITY = [
  'events-dev.ts',
  'events-rand.ts',
  'events-arabic-gsr.ts',
  'events-wikievents-muc.ts',
  'events-wikipedia.ts',
  'events-corpus.ts',
  'kb-places-coverage.ts',
  'kb-actors-coverage.ts',
  'kb-rand-geocoding.ts',
  'language-eval.ts',
  'extraction-removed.ts',
];

const dir = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const quality = args.includes('--quality');
const only = args.filter((a) => !a.startsWith('--'));
const benches = (
  quality
    ? QUALITY
    : readdirSync(dir)
        .filter((name) => name.endsWith('-bench.ts'))
        .sort((a, b) => (a === 'pipeline-bench.ts' ? -1 : b === 'pipeline-bench.ts' ? 1 : a.localeCompare(b)))
).filter((name) => only.length === 0 || only.some((o) => name.includes(o)));

let failed = 0;
for (const name of benches) {
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, [...MARSAD_NODE_FLAGS, '--import', 'tsx', `${dir}${name}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;

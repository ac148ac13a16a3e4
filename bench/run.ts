// `npm run bench`: every bench/*-bench.ts in turn, each in its own process so memory figures are its own.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((name) => name.endsWith('-bench.ts') && !name.startsWith('api-'))
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort((a, b) => (a === 'pipeline-bench.ts' ? -1 : b === 'pipeline-bench.ts' ? 1 : a.localeCompare(b)));

let failed = 0;
for (const name of benches) {
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${name}`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;

// `npm run bench:ab -- OTHER_CHECKOUT [passes]`: this checkout's built pipeline against another's (a clone of
// main, say), in one process, pass by pass in turn, with each stage's CPU time. On a shared machine two separate
// bench runs differ by 20% or more with the neighbours' load; passes interleaved in one process see the same
// load, so the median of their ratios shows gains of a few percent. Both checkouts must be built (`npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MARSAD_NODE_FLAGS } from '../scripts/node-flags.mjs';
import type { Marsad } from '../src/app/marsad.js';
import type { newDocument } from '../src/core/new-document.js';
import { corpusInputs, corpusTextFiles } from './corpus-files.js';
import { addStageTimes } from './stage-times.js';

// The rates hang on the flags `marsad` runs with: started without them, run again with them.
if (MARSAD_NODE_FLAGS.some((flag) => !process.execArgv.includes(flag))) {
  const args = [
    ...MARSAD_NODE_FLAGS,
    '--import',
    'tsx',
    fileURLToPath(import.meta.url),
    ...process.argv.slice(2),
  ];
  process.exit(spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1);
}

const [otherArg, passesArg] = process.argv.slice(2);
const here = fileURLToPath(new URL('..', import.meta.url));
const other = otherArg ? resolve(otherArg) : '';
for (const root of [here, other])
  if (!existsSync(`${root}/dist/app/index.js`)) {
    console.error(
      `stage-ab: ${root || '(no other checkout given)'} has no dist/app/index.js: build it first`,
    );
    process.exit(2);
  }
const passes = Number(passesArg ?? 8);
const files = corpusTextFiles();
if (files.length === 0) {
  console.log('stage-ab: ../shared/corpus not found — nothing to measure');
  process.exit(0);
}
const inputs = corpusInputs(files);

/** The built pipeline of the checkout at `root`, with that checkout's own document maker. */
async function load(root: string): Promise<{ marsad: Marsad; makeDocument: typeof newDocument }> {
  const module = async <T>(path: string) => (await import(pathToFileURL(`${root}/dist/${path}`).href)) as T;
  const app = await module<typeof import('../src/app/index.js')>('app/index.js');
  const config = await module<typeof import('../src/core/config.js')>('core/config.js');
  const documents = await module<typeof import('../src/core/new-document.js')>('core/new-document.js');
  return {
    marsad: await app.createMarsad(config.loadConfig({ kbDirs: [] })),
    makeDocument: documents.newDocument,
  };
}

/** One pass over the corpus: CPU µs per stage name. */
const pass = (tree: Awaited<ReturnType<typeof load>>) =>
  addStageTimes(tree.marsad, tree.makeDocument, inputs);

const total = (stages: Map<string, number>): number => [...stages.values()].reduce((a, b) => a + b, 0);
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const trees = [await load(other), await load(here)];
// Three passes each before measuring: V8 is still compiling the hot functions during the first ones.
for (let round = 0; round < 3; round++) for (const tree of trees) await pass(tree);
const runs: Map<string, number>[][] = [[], []];
for (let round = 0; round < passes; round++) {
  // Alternate who goes first, so neither always runs right after the other's collections.
  for (const side of round % 2 ? [1, 0] : [0, 1]) runs[side].push(await pass(trees[side]));
  const [base, mine] = [runs[0][round], runs[1][round]];
  console.log(
    `pass ${round + 1}: other ${(total(base) / 1e6).toFixed(2)} s, this ${(total(mine) / 1e6).toFixed(2)} s, ratio ${(total(mine) / total(base)).toFixed(3)}`,
  );
}

const ratios = runs[0].map((base, round) => total(runs[1][round]) / total(base));
console.log(
  `median ratio this/other ${median(ratios).toFixed(3)} (${ratios.filter((r) => r < 1).length} of ${passes} passes faster here)`,
);
for (const name of runs[0][0].keys()) {
  const [base, mine] = runs.map((side) => median(side.map((stages) => stages.get(name) ?? 0)) / files.length);
  console.log(`  ${name}: other ${base.toFixed(0)} µs, this ${mine.toFixed(0)} µs per article`);
}

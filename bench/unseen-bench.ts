// The pipeline's rate on articles it has not read before. pipeline-bench reads the same 700 articles nine times,
// so from its second pass on every word memo (readings, gazetteer look-ups) already holds their words; a worker
// fed a stream of new articles misses those memos. Here the product warms up on one half of the corpus, then
// reads the other half once (unseen) and once more (seen): the gap between the two rates is what the
// memos and V8's feedback on those texts are worth.
import { MARSAD_NODE_FLAGS } from '../scripts/node-flags.mjs';
import { BUILT, productModule } from './built-product.js';
import { corpusInputs, corpusTextFiles } from './corpus-files.js';

const files = corpusTextFiles();
if (files.length === 0) {
  console.log('unseen: ../shared/corpus not found — nothing to measure');
  process.exit(0);
}
const { createMarsad } = await productModule<typeof import('../src/app/index.js')>('app/index.js');
const { loadConfig } = await productModule<typeof import('../src/core/config.js')>('core/config.js');
const marsad = await createMarsad(loadConfig({ kbDirs: [] }));

// Every other file, so that both halves hold the same mix of languages and sources.
const inputs = corpusInputs(files);
const warmHalf = inputs.filter((_, i) => i % 2 === 0);
const unseenHalf = inputs.filter((_, i) => i % 2 === 1);

/** CPU seconds of this process for one pass over `half`. */
async function pass(half: typeof inputs): Promise<number> {
  const start = process.cpuUsage();
  for (const input of half)
    await marsad.analyse(input.path, { bytes: input.bytes, format: 'text', hints: {} });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

// Ten passes over half the corpus: pipeline-bench's climb (V8 compiling the hot code) ends after about five
// passes over the whole of it.
const warmPasses = 10;
const warmRates: string[] = [];
for (let round = 0; round < warmPasses; round++)
  warmRates.push((warmHalf.length / (await pass(warmHalf))).toFixed(0));
const unseen = unseenHalf.length / (await pass(unseenHalf));
const seen = unseenHalf.length / (await pass(unseenHalf));

const missingFlags = MARSAD_NODE_FLAGS.filter((flag) => !process.execArgv.includes(flag));
if (missingFlags.length > 0)
  console.log(`unseen: run without marsad's node flags ${missingFlags.join(' ')}: rates not comparable`);
console.log(
  `unseen articles (${BUILT ? 'built dist/' : 'TypeScript sources under tsx'}): warmed on ${warmHalf.length} ` +
    `corpus articles (${warmRates.join(' / ')} articles/s per core by pass), then ${unseenHalf.length} others\n` +
    `  read for the first time: ${unseen.toFixed(0)} articles/s per core of CPU time ` +
    `(${((1 / unseen) * 1e6).toFixed(0)} µs per article)\n` +
    `  read again: ${seen.toFixed(0)} articles/s per core (first time at ${((unseen / seen) * 100).toFixed(0)}% of that)`,
);

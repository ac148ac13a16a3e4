// Each stage's CPU time over one pass of the corpus, the stages run as `marsad.analyse` runs them: on a document
// made by the product's own `newDocument` (a literal with fewer fields has another hidden class, and the stages'
// code would be measured on shapes the product never gives it) and with the configured reference date.
import type { Marsad } from '../src/app/marsad.js';
import type { newDocument } from '../src/core/new-document.js';
import type { CorpusInput } from './corpus-files.js';

/**
 * CPU µs per stage name over `inputs`, added into `into`. A stage that throws ends that article, as in the
 * pipeline.
 */
export async function addStageTimes(
  marsad: Marsad,
  makeDocument: typeof newDocument,
  inputs: readonly CorpusInput[],
  into = new Map<string, number>(),
): Promise<Map<string, number>> {
  const ctx = { referenceDate: marsad.config.referenceDate };
  for (const input of inputs) {
    const doc = makeDocument(input.path, { bytes: input.bytes, format: 'text', hints: {} }, []);
    for (const stage of marsad.pipeline.stages) {
      const start = process.cpuUsage();
      try {
        await stage.run(doc, ctx);
      } catch {
        break;
      }
      const used = process.cpuUsage(start);
      into.set(stage.name, (into.get(stage.name) ?? 0) + used.user + used.system);
    }
  }
  return into;
}

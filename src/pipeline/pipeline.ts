import { isMarsadError, MarsadError } from '../core/errors.js';
import type { Document, DocumentField } from '../core/records.js';
import type { Stage, StageContext } from '../core/stage.js';

/** Fields a document has before the first stage runs. */
const INITIAL_FIELDS: readonly DocumentField[] = ['source', 'raw'];

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage in order. A failing stage becomes an error diagnostic; the document is returned, never thrown. */
  run(doc: Document, ctx: StageContext): Promise<Document>;
}

/**
 * Checks that every field a stage reads is written by an earlier stage, then returns the runner.
 *
 * @example
 * const pipeline = createPipeline([ingest, clean, language]);
 * // newDocument (core/new-document.ts): one shape for every document keeps the stages' hot code optimised.
 * const doc = await pipeline.run(newDocument('a.txt', raw, []), { referenceDate: null });
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  assertContracts(stages);
  return {
    stages,
    async run(doc, ctx) {
      for (const stage of stages) {
        try {
          await stage.run(doc, ctx);
        } catch (error) {
          doc.diagnostics.push(diagnosticOf(stage, error));
          break;
        }
      }
      return doc;
    },
  };
}

/** True when a stage failed on the document: it was not processed to the end. */
export function hasFailed(doc: Document): boolean {
  return doc.diagnostics.some((d) => d.severity === 'error');
}

function assertContracts(stages: readonly Stage[]): void {
  const written = new Set<DocumentField>(INITIAL_FIELDS);
  for (const stage of stages) {
    for (const field of stage.reads) {
      if (!written.has(field)) {
        throw new MarsadError(
          'PIPELINE_CONTRACT',
          `stage "${stage.name}" reads "${field}", which no earlier stage writes`,
        );
      }
    }
    for (const field of stage.writes) written.add(field);
  }
}

function diagnosticOf(stage: Stage, error: unknown): Document['diagnostics'][number] {
  if (isMarsadError(error)) {
    return { code: error.code, severity: 'error', message: `${error.message} — ${error.hint}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'STAGE_FAILED', severity: 'error', message: `stage "${stage.name}" failed: ${message}` };
}

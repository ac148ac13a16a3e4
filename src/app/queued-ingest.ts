import { createHash } from 'node:crypto';
import type { JobQueue, Source, Store } from '../core/ports.js';
import type { Marsad } from './marsad.js';
import { analyseInput, failureOf, isFailure, warningsOf, type BatchFailure } from './run-batch.js';

/**
 * Puts every input of a source on the queue, one job per input, keyed by the hash of its bytes so the same
 * content is queued once. Inputs that cannot even be read are reported here, not queued.
 */
export async function enqueueSource(
  queue: JobQueue,
  source: Source,
  onFailure: (failure: BatchFailure) => void,
): Promise<{ queued: number; repeated: number }> {
  let queued = 0;
  let repeated = 0;
  for await (const item of source.items()) {
    if (item.error) {
      onFailure(failureOf(item.source, item.error));
      continue;
    }
    const id = createHash('sha256').update(item.raw.bytes).digest('hex');
    if (await queue.add(id, { source: item.source, raw: item.raw })) queued++;
    else repeated++;
  }
  return { queued, repeated };
}

export interface WorkerTally {
  stored: number;
  duplicates: number;
  events: number;
  failures: number;
  /** Warnings of stored inputs (text read only in part or from a fallback), counted as `marsad ingest` counts them. */
  warnings: number;
}

/**
 * Takes jobs off the queue: pipeline, then store. A job that fails is reported and the worker goes on; a
 * job processed with a warning is stored and its warning reported, as `marsad ingest` does.
 * Returns the running tally and a function that stops the worker.
 */
export function startWorker(
  marsad: Marsad,
  queue: JobQueue,
  store: Store,
  options: {
    concurrency: number;
    onFailure: (failure: BatchFailure) => void;
    onWarning?: (warning: BatchFailure) => void;
  },
): { tally: WorkerTally; stop: () => Promise<void> } {
  const tally: WorkerTally = { stored: 0, duplicates: 0, events: 0, failures: 0, warnings: 0 };
  const fail = (failure: BatchFailure) => {
    tally.failures++;
    options.onFailure(failure);
  };
  const worker = queue.work(
    async (job) => {
      const article = await analyseInput(marsad, job);
      if (isFailure(article)) return fail(article);
      const saved = await store.saveArticle(article);
      if (saved.inserted) {
        tally.stored++;
        tally.events += saved.events;
      } else tally.duplicates++;
      // Told once the article is kept: a job whose save fails is a failure alone, not also a warning.
      const warnings = warningsOf(article);
      tally.warnings += warnings.length;
      for (const warning of warnings) options.onWarning?.(warning);
    },
    {
      concurrency: options.concurrency,
      onFailed: (job, error) => fail(failureOf(job.source, error)),
    },
  );
  return { tally, stop: () => worker.close() };
}

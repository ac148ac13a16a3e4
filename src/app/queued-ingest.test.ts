import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInlineQueue } from '../adapters/queue/index.js';
import { openStore } from '../adapters/store/index.js';
import { loadConfig } from '../core/config.js';
import { MarsadError } from '../core/errors.js';
import type { ServingStore, Source, Store } from '../core/ports.js';
import { createMarsad, type Marsad } from './marsad.js';
import { enqueueSource, startWorker } from './queued-ingest.js';
import type { BatchFailure } from './run-batch.js';

const report = (town: string) =>
  `A roadside bomb struck a patrol near ${town} on Tuesday, wounding four soldiers, the army said.`;

const cutShort = {
  code: 'INPUT_TRUNCATED',
  severity: 'warning' as const,
  message: 'night.warc#http://wire.example/7: record 2 of the archive is cut short',
};

/** Three inputs as a source hands them over: a whole text, one read only in part, and one unreadable. */
const batch: Source = {
  async *items() {
    yield { source: 'whole.txt', raw: { bytes: Buffer.from(report('Tikrit')), format: 'text', hints: {} } };
    yield {
      source: 'night.warc#http://wire.example/7',
      raw: { bytes: Buffer.from(report('Samarra')), format: 'text', hints: {}, notes: [cutShort] },
    };
    yield { source: 'gone.txt', error: new MarsadError('INPUT_UNREADABLE', 'gone.txt: no such file') };
  },
};

let marsad: Marsad;
let dir: string;
let store: ServingStore;

beforeAll(async () => {
  marsad = await createMarsad(loadConfig({ kbDirs: [] }));
  dir = mkdtempSync(join(tmpdir(), 'marsad-worker-'));
  store = await openStore(join(dir, 'worker.db'));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('queued ingest', () => {
  it("stores what the worker takes off the queue, and names a stored input's warning as ingest does", async () => {
    const queue = createInlineQueue();
    const failures: BatchFailure[] = [];
    const warnings: BatchFailure[] = [];
    const counted = await enqueueSource(queue, batch, (failure) => failures.push(failure));
    expect(counted).toEqual({ queued: 2, repeated: 0 });
    expect(failures).toEqual([expect.objectContaining({ source: 'gone.txt', code: 'INPUT_UNREADABLE' })]);
    // Named as `marsad ingest` names it, with what to do about it.
    expect(failures[0].message).toMatch(/^gone\.txt: no such file — The path or URL cannot be read/);

    const worker = startWorker(marsad, queue, store, {
      concurrency: 1,
      onFailure: (failure) => failures.push(failure),
      onWarning: (warning) => warnings.push(warning),
    });
    await queue.drained();
    await worker.stop();

    expect(worker.tally).toMatchObject({ stored: 2, duplicates: 0, failures: 0, warnings: 1 });
    expect(warnings).toEqual([
      { source: 'night.warc#http://wire.example/7', code: cutShort.code, message: cutShort.message },
    ]);
    expect(failures).toHaveLength(1);
  });

  it('counts an input whose article could not be saved as a failure only, not also as a warning', async () => {
    const queue = createInlineQueue();
    await enqueueSource(queue, batch, () => undefined);
    const fullDisk = {
      saveArticle: () => Promise.reject(new MarsadError('STORE_FAILED', 'the disk is full')),
    } as unknown as Store;
    const warnings: BatchFailure[] = [];
    const worker = startWorker(marsad, queue, fullDisk, {
      concurrency: 1,
      onFailure: () => undefined,
      onWarning: (warning) => warnings.push(warning),
    });
    await queue.drained();
    await worker.stop();

    expect(worker.tally).toMatchObject({ stored: 0, failures: 2, warnings: 0 });
    expect(warnings).toEqual([]);
  });
});

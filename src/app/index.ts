export { createMarsad, type Marsad } from './marsad.js';
export { INGEST_BATCH, runBatch, type BatchFailure, type BatchSummary } from './run-batch.js';
export { buildStages } from './stages.js';
export { rawInputFromRecord, READ_KINDS } from '../adapters/sources/index.js';
export { sourceOf, type InputSpec } from './input-sources.js';
export { openStore, type ReindexNotice, type StoreOptions } from '../adapters/store/index.js';
export { enqueueSource, startWorker, type WorkerTally } from './queued-ingest.js';
export { openQueue } from '../adapters/queue/index.js';
export { knownNamesFinder, knowledgeLookup, loadArabicNames, type ArabicNames } from './arabic-names.js';

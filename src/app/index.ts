export { createMarsad, type Marsad } from './marsad.js';
export { runBatch, type BatchFailure, type BatchSummary } from './run-batch.js';
export { buildStages } from './stages.js';
export { createFileSource, createStdinSource, rawInputFromRecord } from '../adapters/sources/index.js';
export { openStore } from '../adapters/store/index.js';

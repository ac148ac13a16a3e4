/**
 * The knowledge stage: the knowledge base (places and actors in Arabic and English), the one-pass name
 * matcher, disambiguation and geocoding. `loadKnowledgeBase` once at start-up, then `createKnowledgeStage`.
 */
export { loadKnowledgeBase } from './knowledge-loader.js';
export { createKnowledgeStage, findMentions } from './knowledge-stage.js';
export { lookup } from './name-lookup.js';
export type { LookupResult } from './name-lookup.js';
export type { Entity, KnowledgeBase } from './kb-types.js';
export { KB_COLUMNS, parseKbTsv } from './tsv-reader.js';
export { parseGeonamesLine, parseAlternateNameLine, applyAlternateName } from './geonames-importer.js';
export { parseKbCsv } from './csv-importer.js';
export { divisionsOf } from './region-divisions.js';
export { reconcile, type Reconciled } from './import-reconciler.js';
export { formatKbTsv } from './tsv-writer.js';
export { mergeInto } from './knowledge-loader.js';

export { createFileSource, READ_KINDS, type FileSourceOptions } from './file-source.js';
export { createStdinSource } from './stdin-source.js';
export { hintsFromObject, rawInputFromRecord, recordsOfJson } from './json-records.js';
export { createFeedSource, createPageSource } from './web-source.js';
export { fetchRawInput } from './http-fetch.js';

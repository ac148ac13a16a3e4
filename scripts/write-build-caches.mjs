// `npm run build`, after tsc: writes the shipped knowledge base, built, to dist/kb-cache.bin, the shipped
// lexicons, expanded, to dist/lexicon-cache.bin, and eld's n-gram table, packed, to dist/eld-ngrams.bin, so
// the product reads them back instead of building them from data/ or evaluating eld's table (see
// src/stages/knowledge/kb-cache.ts, src/stages/extract/lexicon-cache.ts, src/stages/language/eld-ngrams.ts).
import { writeShippedKnowledgeCache } from '../dist/stages/knowledge/knowledge-loader.js';
import { writeShippedLexiconCache } from '../dist/stages/extract/lexicon-cache.js';
import { writeShippedEldCache } from '../dist/stages/language/eld-ngrams.js';

writeShippedKnowledgeCache();
writeShippedLexiconCache();
writeShippedEldCache();

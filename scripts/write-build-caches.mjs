// `npm run build`, after tsc: writes the shipped knowledge base, built, to dist/kb-cache.bin, and the shipped
// lexicons, expanded, to dist/lexicon-cache.bin, so the product reads them back at start-up instead of
// building them from data/ (see src/stages/knowledge/kb-cache.ts and src/stages/extract/lexicon-cache.ts).
import { writeShippedKnowledgeCache } from '../dist/stages/knowledge/knowledge-loader.js';
import { writeShippedLexiconCache } from '../dist/stages/extract/lexicon-cache.js';

writeShippedKnowledgeCache();
writeShippedLexiconCache();

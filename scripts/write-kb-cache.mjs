// `npm run build`, after tsc: writes the shipped knowledge base, built, to dist/kb-cache.bin, so the product
// reads it back at start-up instead of building it from data/ (see src/stages/knowledge/kb-cache.ts).
import { writeShippedKnowledgeCache } from '../dist/stages/knowledge/knowledge-loader.js';

writeShippedKnowledgeCache();

import { tsImport } from 'tsx/esm/api';

type KnowledgeLoader = typeof import('../../src/stages/knowledge/knowledge-loader.js');
type LexiconCache = typeof import('../../src/stages/extract/lexicon-cache.js');
type LexiconLoader = typeof import('../../src/stages/extract/lexicon-loader.js');
type EldNgrams = typeof import('../../src/stages/language/eld-ngrams.js');

/** A module of src/ as Node loads it with tsx (vitest's own runner has no `import.meta.resolve`, which eld-ngrams uses). */
const load = <T>(path: string): Promise<T> => tsImport(path, import.meta.url) as Promise<T>;

/**
 * vitest's global setup: before any test file runs, writes the caches `npm run build` writes to dist/ beside
 * the source instead (`src/kb-cache.bin`, `src/lexicon-cache.bin`, `src/eld-ngrams.bin`, git-ignored), as the
 * tests import the code from src/ and each cache is looked for beside the code that reads it. Without them
 * every test file that loads the shipped knowledge base built it afresh from data/ (some 2 s of CPU, in over
 * 60 files). A cache is only written when the one there is missing or stamped from other files, and is read
 * under the same stamp check as in the product, so no test meets a base older than data/ or the code; the
 * cache tests (kb-cache.test.ts and its kin) still build from the TSVs into files of their own and compare.
 */
export default async function setup(): Promise<void> {
  const knowledge = await load<KnowledgeLoader>('../../src/stages/knowledge/knowledge-loader.ts');
  if (!knowledge.shippedKnowledgeCacheFresh()) knowledge.writeShippedKnowledgeCache();
  const lexicons = await load<LexiconCache>('../../src/stages/extract/lexicon-cache.ts');
  const { LEXICON_DIR } = await load<LexiconLoader>('../../src/stages/extract/lexicon-loader.ts');
  if (lexicons.readLexiconCache(lexicons.LEXICON_CACHE_FILE, lexicons.lexiconStamp(LEXICON_DIR)) === null) {
    lexicons.writeShippedLexiconCache();
  }
  const eld = await load<EldNgrams>('../../src/stages/language/eld-ngrams.ts');
  if (eld.readEldCache(eld.ELD_CACHE_FILE, eld.eldStamp()) === null) eld.writeShippedEldCache();
}

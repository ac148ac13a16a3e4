import type { ArticleOutput } from '../../core/article-output.js';
import { loadConfig } from '../../core/config.js';
import { createFileSource } from '../../adapters/sources/index.js';
import { createMarsad } from '../marsad.js';
import { runBatch } from '../run-batch.js';

/**
 * Runs the whole pipeline over article files and returns what `marsad extract` would print for each, for
 * scoring against gold. Files that fail are left out (the scorer counts their gold events as missed).
 *
 * @example const preds = await predictArticles(['corpus/ar-news/x.txt']); scoreEvents(gold, preds)
 */
export async function predictArticles(paths: readonly string[]): Promise<ArticleOutput[]> {
  const config = loadConfig({});
  const marsad = await createMarsad(config);
  const out: ArticleOutput[] = [];
  await runBatch(marsad, createFileSource(paths, { maxBytes: config.maxBytes }), {
    async onArticle(article) {
      out.push(article);
    },
  });
  return out;
}

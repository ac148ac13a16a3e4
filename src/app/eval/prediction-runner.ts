import type { ArticleOutput } from '../../core/article-output.js';
import { loadConfig } from '../../core/config.js';
import { createFileSource } from '../../adapters/sources/index.js';
import { createMarsad, type Marsad } from '../marsad.js';
import { runBatch } from '../run-batch.js';

/**
 * Runs the whole pipeline over article files and returns what `marsad extract` would print for each, for
 * scoring against gold. Files that fail are left out (the scorer counts their gold events as missed).
 * Pass one `marsad` to score several sets with a single knowledge-base load.
 *
 * @example const marsad = await evaluationMarsad(); scoreEvents(gold, await predictArticles(paths, marsad))
 */
export async function predictArticles(paths: readonly string[], marsad: Marsad): Promise<ArticleOutput[]> {
  const out: ArticleOutput[] = [];
  await runBatch(marsad, createFileSource(paths, { maxBytes: marsad.config.maxBytes }), {
    async onArticles(articles) {
      out.push(...articles);
    },
  });
  return out;
}

/**
 * marsad with the shipped knowledge only: a score must not depend on what the person running it imported
 * into their own knowledge folder.
 */
export function evaluationMarsad(): Promise<Marsad> {
  return createMarsad(loadConfig({ kbDirs: [] }));
}

import type { ArticleOutput } from '../../core/article-output.js';

/** Finds the stored article an event came from (its text holds the evidence). */
export type ArticleLookup = (id: string) => Promise<ArticleOutput | null>;

/**
 * Remembers the last articles looked up: an export walks events in date order, and events of one
 * article mostly sit together, so a small cache saves most reads without holding a whole corpus.
 *
 * @example const articles = cachedLookup((id) => store.getArticle(id));
 */
export function cachedLookup(lookup: ArticleLookup, size = 256): ArticleLookup {
  const cache = new Map<string, Promise<ArticleOutput | null>>();
  return (id) => {
    const hit = cache.get(id);
    if (hit) {
      // Re-inserting moves the entry to the end: the Map's order is the recency order.
      cache.delete(id);
      cache.set(id, hit);
      return hit;
    }
    const loading = lookup(id);
    cache.set(id, loading);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return loading;
  };
}

/** The text of each evidence span, in order. */
export function evidenceTexts(
  article: ArticleOutput | null,
  spans: readonly (readonly [number, number])[],
): string[] {
  return article ? spans.map(([start, end]) => article.text.slice(start, end)) : [];
}

import type { Source } from '../../core/ports.js';
import { itemOf, itemsOfFeed } from './feed-items.js';
import { fetchRawInput, type FetchOptions } from './http-fetch.js';

/**
 * Web pages by URL, fetched one after another; a page that fails is named and the others come through.
 *
 * @example createPageSource(['https://example.org/news/1'], { maxBytes: 8e6 })
 */
export function createPageSource(urls: readonly string[], options: FetchOptions): Source {
  return {
    async *items() {
      for (const url of urls) yield await itemOf(url, () => fetchRawInput(url, options));
    },
  };
}

/**
 * RSS and Atom feeds by URL: every item's page is fetched, with the item's title, date and author as hints.
 * When the page cannot be fetched, the item's own text in the feed is read instead, and a warning says so.
 *
 * @example createFeedSource(['https://example.org/feed.xml'], { maxBytes: 8e6 })
 */
export function createFeedSource(feeds: readonly string[], options: FetchOptions): Source {
  return {
    async *items() {
      for (const feedUrl of feeds)
        yield* itemsOfFeed(feedUrl, async () => (await fetchRawInput(feedUrl, options)).bytes, options);
    },
  };
}

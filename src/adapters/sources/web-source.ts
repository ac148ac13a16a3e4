import { parseFeed } from '@rowanmanning/feed-parser';
import { MarsadError, isMarsadError } from '../../core/errors.js';
import type { Source, SourceItem } from '../../core/ports.js';
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
 * RSS and Atom feeds: every item's page is fetched, with the item's title, date and author as hints.
 * When the page cannot be fetched but the feed carries the item's full content, that content is used.
 *
 * @example createFeedSource(['https://example.org/feed.xml'], { maxBytes: 8e6 })
 */
export function createFeedSource(feeds: readonly string[], options: FetchOptions): Source {
  return {
    async *items() {
      for (const feedUrl of feeds) {
        let items;
        try {
          const raw = await fetchRawInput(feedUrl, options);
          items = parseFeed(new TextDecoder().decode(raw.bytes)).items;
        } catch (e) {
          yield failed(
            feedUrl,
            isMarsadError(e)
              ? e
              : new MarsadError(
                  'INPUT_UNSUPPORTED',
                  `${feedUrl}: not a readable RSS or Atom feed (${(e as Error).message})`,
                ),
          );
          continue;
        }
        for (const item of items) {
          const where = item.url ?? `${feedUrl}#${item.id ?? item.title ?? '?'}`;
          const hints = {
            title: item.title ?? undefined,
            published: item.published?.toISOString().slice(0, 10),
            author:
              item.authors
                .map((a) => a.name)
                .filter(Boolean)
                .join(', ') || undefined,
          };
          yield await itemOf(where, async () => {
            if (!item.url) throw new MarsadError('INPUT_UNREADABLE', `${where}: the feed item has no link`);
            try {
              return await fetchRawInput(item.url, options, hints);
            } catch (e) {
              const content = item.content ?? '';
              if (content.length < 400) throw e;
              return {
                bytes: new TextEncoder().encode(content),
                format: 'html' as const,
                hints: { url: item.url, ...hints },
              };
            }
          });
        }
      }
    },
  };
}

async function itemOf(
  source: string,
  load: () => Promise<NonNullable<SourceItem['raw']>>,
): Promise<SourceItem> {
  try {
    return { source, raw: await load() };
  } catch (e) {
    return failed(
      source,
      isMarsadError(e) ? e : new MarsadError('INPUT_UNREADABLE', `${source}: ${(e as Error).message}`),
    );
  }
}

function failed(source: string, error: MarsadError): SourceItem {
  return { source, error };
}

import type { parseFeed } from '@rowanmanning/feed-parser';
import { MarsadError, isMarsadError } from '../../core/errors.js';
import type { SourceItem } from '../../core/ports.js';
import { fetchRawInput, type FetchOptions } from './http-fetch.js';
import { sitemapEntries } from './sitemap-entries.js';

const FEED_ROOT = /^<(?:rss|feed|rdf:rdf|urlset)[\s/>]/i;
const XML_DECLARATION = /^<\?xml[\s?]/i;
// What may stand before the root element: the declaration and other processing instructions, comments,
// a doctype, white space.
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)*/i;

/**
 * Whether bytes are an RSS or Atom document or a sitemap, whatever the file is called: after a BOM and
 * white space, an <rss>, <feed>, <rdf:RDF> or <urlset> root, or an XML declaration (unless what it declares is an XHTML page).
 *
 * @example isFeedDocument(new TextEncoder().encode('\uFEFF <rss version="2.0">')) // true
 */
export function isFeedDocument(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).trimStart();
  if (FEED_ROOT.test(head)) return true;
  return XML_DECLARATION.test(head) && !/^<html[\s>]/i.test(head.replace(PROLOG, ''));
}

// Markup that holds no elements: comments, CDATA sections, processing instructions, the doctype.
const NON_ELEMENT = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!doctype[^>]*>/gi;
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;

/**
 * What makes an XML document malformed, as far as its tags go (the feed parser itself reads a feed cut
 * short as if it were whole): a closing tag that closes nothing or the wrong element, or an element left
 * open at the end. Null when every tag is closed in order.
 *
 * @example xmlProblem('<rss><channel><item><title>Cut') // 'it ends inside <title>'
 */
export function xmlProblem(xml: string): string | null {
  const open: string[] = [];
  for (const [, closing, name, rest] of xml.replace(NON_ELEMENT, '').matchAll(TAG)) {
    if (!closing) {
      if (!rest.endsWith('/')) open.push(name);
      continue;
    }
    const expected = open.pop();
    if (expected !== name)
      return expected ? `</${name}> where </${expected}> should be` : `</${name}> closes nothing`;
  }
  return open.length ? `it ends inside <${open[open.length - 1]}>` : null;
}

/**
 * The items of one RSS or Atom feed or sitemap, read by `load` (a URL fetched, a file's bytes): every item's page is
 * fetched, with the item's title, date and author as hints; when the page cannot be fetched, the item's own
 * text in the feed (its content, else its description) is read instead, with a FEED_TEXT_USED warning that
 * says so; an item with neither fails, named with its feed. A feed that cannot be read or parsed is one
 * failed item named after `feedName`, and the caller goes on.
 *
 * @example for await (const item of itemsOfFeed('news.xml', async () => bytes, { maxBytes: 8e6 })) …
 */
export async function* itemsOfFeed(
  feedName: string,
  load: () => Promise<Uint8Array>,
  options: FetchOptions,
): AsyncGenerator<SourceItem> {
  let entries: FeedEntry[];
  try {
    const xml = new TextDecoder().decode(await load());
    const problem = xmlProblem(xml);
    if (problem) throw new Error(problem);
    // The feed parser is loaded with the first feed: some 30 ms of CPU a run over files never needs.
    entries =
      sitemapEntries(xml) ??
      (await import('@rowanmanning/feed-parser')).parseFeed(xml).items.map(entryOfItem);
  } catch (e) {
    yield failed(
      feedName,
      isMarsadError(e)
        ? e
        : new MarsadError(
            'INPUT_BAD_FEED',
            `${feedName}: not a readable RSS or Atom feed or sitemap (${(e as Error).message})`,
          ),
    );
    return;
  }
  for (const { url, id, content, ...hints } of entries) {
    const where = url ?? `${feedName}#${id}`;
    yield await itemOf(where, async () => {
      if (!url) throw new MarsadError('INPUT_UNREADABLE', `${where}: the feed item has no link`);
      try {
        return await fetchRawInput(url, options, hints);
      } catch (e) {
        const why = isMarsadError(e)
          ? e
          : new MarsadError('INPUT_UNREADABLE', `${url}: ${(e as Error).message}`);
        const own = content?.text && textOf(content.text) ? content : null;
        if (!own)
          throw new MarsadError(
            why.code,
            `${why.message}; an item of the feed ${feedName}, which carries no text of it`,
          );
        return {
          bytes: new TextEncoder().encode(own.text),
          format: 'html' as const,
          hints: { url, ...hints },
          notes: [
            {
              code: 'FEED_TEXT_USED',
              severity: 'warning' as const,
              message: `${why.message}; the item's ${own.from} in the feed ${feedName} was read instead`,
            },
          ],
        };
      }
    });
  }
}

// Whether markup holds any words once its tags are set aside: an empty <description/> stands in for nothing.
const textOf = (markup: string): string => markup.replace(/<[^>]*>/g, ' ').trim();

/** A feed item or sitemap page: its link, what names it when it has none, its hints, its inline content. */
interface FeedEntry {
  url?: string;
  id?: string;
  title?: string;
  published?: string;
  author?: string;
  /** The item's own text in the feed — its full content, or else its description (often a summary). */
  content?: { text: string; from: 'content' | 'description' };
}

function entryOfItem(item: ReturnType<typeof parseFeed>['items'][number]): FeedEntry {
  return {
    url: item.url ?? undefined,
    id: item.id ?? item.title ?? '?',
    title: item.title ?? undefined,
    published: item.published?.toISOString().slice(0, 10),
    author:
      item.authors
        .map((a) => a.name)
        .filter(Boolean)
        .join(', ') || undefined,
    content: item.content
      ? { text: item.content, from: 'content' }
      : item.description
        ? { text: item.description, from: 'description' }
        : undefined,
  };
}

/**
 * One input loaded by `load`, or the failure named after `source` (a catalogue error as it is, any other
 * as unreadable).
 *
 * @example await itemOf('https://example.org/a', () => fetchRawInput('https://example.org/a', options))
 */
export async function itemOf(
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

import { decodeHTML } from 'entities';
import type { InputHints, SourcedValue } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { isDatelineOrStamp } from './author-check.js';
import { parseDate } from './date-parser.js';
import { dateFromUrl } from './url-date.js';
import type { SourcedClue } from './text-cleaner.js';

/** A value read from the page's markup (meta tags, OpenGraph, JSON-LD, <time>), with the name of the place. */
export interface PageValue {
  value: string;
  from: string;
}

export type PageMetadata = Partial<
  Record<'title' | 'author' | 'publisher' | 'published' | 'url' | 'section' | 'type', PageValue>
>;

export interface Metadata {
  title: SourcedValue<string> | null;
  author: SourcedValue<string> | null;
  publisher: SourcedValue<string> | null;
  published: SourcedValue<string> | null;
  url: string | null;
}

/** Which removed kinds name the publisher most reliably: an outlet advertising itself beats a dateline agency. */
const PUBLISHER_ORDER = [
  'removed:promo',
  'removed:related-links',
  'removed:other',
  'removed:byline',
  'text:dateline',
];

/**
 * Chooses each metadata value by trust: what the source adapter was told (`from: 'input'`), then the page's
 * own markup, then what the text and its removed parts reveal. Dates become YYYY-MM-DD. An author that is
 * a dateline or a time stamp is no author: the next source is asked.
 *
 * @example assembleMetadata({ title: 'T' }, {}, [], null).title // { value: 'T', spans: [], from: 'input' }
 */
export function assembleMetadata(
  hints: InputHints,
  page: PageMetadata,
  clues: readonly SourcedClue[],
  headline: { value: string; span: Span } | null,
): Metadata {
  const clue = (field: SourcedClue['field'], order?: readonly string[]) => {
    const all = clues.filter((c) => c.field === field);
    const ranked = order ? [...all].sort((a, b) => rank(order, a.from) - rank(order, b.from)) : all;
    const c = ranked[0];
    return c ? { value: c.value, spans: [c.span], from: c.from } : null;
  };
  const date = (v: PageValue | undefined) => {
    const iso = v ? parseDate(v.value) : null;
    return iso ? { value: iso, spans: [], from: v!.from } : null;
  };
  return {
    title:
      hinted(hints.title) ??
      fromPage(page.title) ??
      (headline ? { value: headline.value, spans: [headline.span], from: 'text' } : null),
    author:
      [hinted(hints.author), fromPage(page.author), clue('author')].find(
        (a) => a && !isDatelineOrStamp(a.value),
      ) ?? null,
    publisher: hinted(hints.publisher) ?? fromPage(page.publisher) ?? clue('publisher', PUBLISHER_ORDER),
    published:
      date(hints.published ? { value: hints.published, from: 'input' } : undefined) ??
      date(page.published) ??
      clue('published') ??
      date(urlDay(hints.url?.trim() || page.url?.value)) ??
      date(hints.retrieved ? { value: hints.retrieved, from: 'retrieved' } : undefined),
    url: hints.url?.trim() || page.url?.value || null,
  };
}

function urlDay(url: string | undefined): PageValue | undefined {
  const day = dateFromUrl(url);
  return day ? { value: day, from: 'url' } : undefined;
}

/**
 * A value given with the input, as text: scrapers often leave the page's character references in a sidecar's
 * title or author ("&#8220;", "&amp;"), which no reader of the record should see.
 */
function hinted(value: string | undefined): SourcedValue<string> | null {
  const v = value?.includes('&') ? decodeHTML(value).trim() : value?.trim();
  return v ? { value: v, spans: [], from: 'input' } : null;
}

function fromPage(v: PageValue | undefined): SourcedValue<string> | null {
  return v && v.value.trim() ? { value: v.value.trim(), spans: [], from: v.from } : null;
}

function rank(order: readonly string[], from: string): number {
  const i = order.indexOf(from);
  return i === -1 ? order.length : i;
}

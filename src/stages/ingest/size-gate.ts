import { MarsadError } from '../../core/errors.js';
import { allMatches } from '../../core/text/all-matches.js';

/**
 * The most text one article may have. `--max-bytes` bounds what is read; this bounds what is analysed,
 * because the later stages grow faster than the text (a 5 MB page of text runs for many minutes and a
 * 50 MB one runs out of memory). A long read is some 60,000 characters; 500,000 is a short book.
 */
export const MAX_ARTICLE_CHARS = 500_000;

/** The most HTML parsed into one DOM: a 50 MB page peaks at some 2.4 GB while it is parsed. */
export const MAX_PAGE_CHARS = 16 * 1024 * 1024;

const NOT_SHOWN = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;
/** A run of white space, which a page shows as one space. */
const SPACE_RUN = /\s{2,}/g;

/**
 * Refuses a decoded input too big to analyse as one article, naming the input and the limit, before any
 * DOM is built: HTML over the page limit, or text (for HTML, what lies outside tags, scripts and styles,
 * white space runs counted once) over the article limit. The limits hold whatever `--max-bytes` says.
 *
 * @example assertAnalysable('dump.html', hugeHtml, 'html') // throws ARTICLE_TOO_LONG
 */
export function assertAnalysable(source: string, decoded: string, format: 'text' | 'html'): void {
  if (format === 'html' && decoded.length > MAX_PAGE_CHARS) {
    throw new MarsadError(
      'ARTICLE_TOO_LONG',
      `${source}: ${millions(decoded.length)} characters of HTML, over the ${millions(MAX_PAGE_CHARS)} one page may have`,
    );
  }
  const text = format === 'html' ? shownChars(decoded) : decoded.length;
  if (text > MAX_ARTICLE_CHARS) {
    throw new MarsadError(
      'ARTICLE_TOO_LONG',
      `${source}: ${millions(text)} characters of text, over the ${millions(MAX_ARTICLE_CHARS)} one article may have`,
    );
  }
}

function shownChars(html: string): number {
  let count = 0;
  let from = 0;
  for (const tag of allMatches(NOT_SHOWN, html)) {
    count += collapsedLength(html.slice(from, tag.index));
    from = tag.index + tag[0].length;
  }
  return count + collapsedLength(html.slice(from));
}

function collapsedLength(text: string): number {
  let length = text.length;
  for (const run of allMatches(SPACE_RUN, text)) length -= run[0].length - 1;
  return length;
}

function millions(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : n.toLocaleString('en');
}

import { h } from '../dom/h.js';
import { sourceLabel } from '../../../src/core/source-label.js';

/**
 * An address the reader may follow from a page, or null: http(s) only. An article's URL comes from the
 * article, its feed or whoever posted it, so a `javascript:` or `data:` one must never become a link.
 *
 * @example followableUrl('https://news.example/a/1') === 'https://news.example/a/1'
 * @example followableUrl('javascript:alert(1)') === null
 */
export function followableUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Where an article came from, named as sourceLabel names it, and a link to the original when it was fetched
 * from the web: the reader checks the evidence against the page it was read from. Opened in a new tab, with
 * no referrer, so the original site learns nothing of the marsad server.
 *
 * @example sourceLink('https://news.example/a/1', 'feed:example') // <a href="https://news.example/a/1" …>
 */
export function sourceLink(url: string | null | undefined, source: string): HTMLElement | null {
  const label = sourceLabel(url, source);
  if (!label) return null;
  const href = followableUrl(url ?? source);
  return href
    ? h('a', { href, rel: 'noopener noreferrer', target: '_blank', dir: 'ltr' }, label)
    : h('bdi', {}, label);
}

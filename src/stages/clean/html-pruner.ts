import { classAndId, MAYBE, UNLIKELY } from './class-weight.js';
import type { NodeStats } from './dom-stats.js';

const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEADER',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'DIALOG',
  'MENU',
]);
const KEEP = new Set(['HTML', 'BODY', 'ARTICLE', 'MAIN', 'A', 'TABLE', 'TBODY', 'TR', 'TD', 'TH', 'P', 'LI']);
const CHROME_ROLES =
  /^(?:navigation|complementary|banner|contentinfo|dialog|alertdialog|menu|menubar|search|tablist)$/;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Removes page chrome before scoring: scripts and forms controls, navigation, asides, headers and footers,
 * hidden elements, ARIA landmarks that are not content, and blocks whose class or id says they are
 * furniture (unless it also says content, as "article-comments-and-body" might). A class name alone never
 * removes a block holding a large share of the page's prose: site-wide wrappers carry names such as
 * "header-style-2" or "Page-ad-margins".
 *
 * @example prune(document.body, measure(document.body)) // number of elements removed
 */
export function prune(root: Element, stats: Map<Element, NodeStats>): number {
  const total = stats.get(root)?.text ?? 0;
  const doomed: Element[] = [];
  const collect = (el: Element): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const verdict = chromeVerdict(child);
      const s = stats.get(child);
      const prose = s ? s.text - s.link : 0;
      if (verdict === 'always' || (verdict === 'by-name' && prose < 0.25 * total)) doomed.push(child);
      else collect(child);
    }
  };
  collect(root);
  for (const el of doomed) el.remove();
  return doomed.length;
}

/** Names no article wrapper carries, whatever share of the page they hold: comment threads and overlays. */
const ALWAYS_CHROME = /comment|disqus|replies|respond|outbrain|taboola|cookie|consent|gdpr|modal|popup/i;

function chromeVerdict(el: Element): 'always' | 'by-name' | null {
  if (isChrome(el)) return 'always';
  if (!isChromeByName(el)) return null;
  return ALWAYS_CHROME.test(classAndId(el)) ? 'always' : 'by-name';
}

function isChrome(el: Element): boolean {
  const tag = el.tagName;
  if (DROP.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const role = el.getAttribute('role');
  return !!role && CHROME_ROLES.test(role);
}

function isChromeByName(el: Element): boolean {
  if (KEEP.has(el.tagName)) return false;
  const name = classAndId(el);
  return name.length > 1 && UNLIKELY.test(name) && !MAYBE.test(name);
}

/**
 * Class and id words that say what a block is, as readability reads them, extended with the furniture
 * news sites add (share bars, newsletters, tickers, "most read"). Not "paywall": that class wraps the
 * article text itself, hidden from non-subscribers.
 */
export const UNLIKELY =
  /-ad-|ad-break|adbox|advert|agegate|banner|breadcrumb|combx|comment|community|consent|cookie|cover-wrap|disqus|extra|footer|gdpr|header|hidden|legends|menu|modal|most-?read|most-?popular|nav|newsletter|outbrain|pager|pagination|popup|promo|recirc|related|remark|replies|rss|share|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|taboola|ticker|toolbar|trending|signup|sign-up|masthead|topics|tags|read-?more|recommend|more-stories|newsfeed|partner/i;
export const MAYBE = /and|article|embed|body|column|content|main|shadow|story|entry|post-?text|text/i;
const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|dateline|caption|credit|newsletter|subscribe|social|recirc|teaser|ticker/i;

/**
 * The class and id of an element as one string (linkedom returns null for absent attributes).
 *
 * @example classAndId(el) // 'story-body main'
 */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/**
 * ±25 per match, as readability weighs class names: content words up, furniture words down.
 *
 * @example classWeight(parseHTML('<div class="article-body">').document.firstElementChild) // 25
 */
export function classWeight(el: Element): number {
  const name = classAndId(el);
  if (name.trim() === '') return 0;
  return (POSITIVE.test(name) ? 25 : 0) - (NEGATIVE.test(name) ? 25 : 0);
}

/** Furniture kinds a class name announces, for blocks kept in the text as removed spans. */
const FURNITURE: readonly [
  RegExp,
  'caption' | 'byline' | 'share-widget' | 'related-links' | 'author-bio' | 'promo',
][] = [
  [/caption|credit/i, 'caption'],
  [/author-?bio|bio-?box|about-?the-?author|author-?info|contributor-?bio/i, 'author-bio'],
  [/byline|dateline|author|timestamp|publish-?date|article-?date|meta-?data/i, 'byline'],
  [/share|social|sharing/i, 'share-widget'],
  [/related|read-?more|recommend|more-stories|recirc|most-?read|tags|topics|breadcrumb/i, 'related-links'],
  [/promo|newsletter|subscribe|signup|sign-up|advert|sponsor/i, 'promo'],
];

/**
 * The furniture kind an element's class announces, or null.
 *
 * @example furnitureKind(figcaptionWrapper) // 'caption' for class="image-caption"
 */
export function furnitureKind(el: Element): (typeof FURNITURE)[number][1] | null {
  const name = classAndId(el);
  if (name.trim() === '' || MAYBE.test(name.replace(/author|byline|caption|related|share/gi, '')))
    return null;
  for (const [re, kind] of FURNITURE) if (re.test(name)) return kind;
  return null;
}

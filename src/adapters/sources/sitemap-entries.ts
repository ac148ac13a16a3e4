/** One page a sitemap lists, with what a news sitemap says about it. */
export interface SitemapEntry {
  url: string;
  title?: string;
  published?: string;
}

const URLSET_ROOT = /<urlset[\s>]/i;
const URL_ELEMENT = /<url[\s>][\s\S]*?<\/url\s*>/gi;
/** The fields read of each `<url>`, compiled once for all of a sitemap's pages. */
const LOC = fieldPattern('loc');
const NEWS_TITLE = fieldPattern('news:title');
const NEWS_PUBLISHED = fieldPattern('news:publication_date');
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const CDATA = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/;
const XML_ENTITY = /&(?:#x([\da-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED_ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The pages of a sitemap (`<urlset>`, as sites save them next to their feeds): each `<loc>`, with a news
 * sitemap's title and publication date as hints. Null when the XML is not a sitemap.
 *
 * @example sitemapEntries('<urlset><url><loc>https://example.org/a</loc></url></urlset>') // [{ url: 'https://example.org/a' }]
 */
export function sitemapEntries(xml: string): SitemapEntry[] | null {
  if (!URLSET_ROOT.test(xml)) return null;
  const entries: SitemapEntry[] = [];
  for (const [element] of xml.matchAll(URL_ELEMENT)) {
    const url = field(element, LOC);
    if (!url) continue;
    const title = field(element, NEWS_TITLE);
    const published = ISO_DAY.exec(field(element, NEWS_PUBLISHED) ?? '')?.[0];
    entries.push({ url, ...(title ? { title } : {}), ...(published ? { published } : {}) });
  }
  return entries;
}

function fieldPattern(name: string): RegExp {
  return new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'i');
}

function field(element: string, pattern: RegExp): string | undefined {
  const inner = pattern.exec(element)?.[1];
  if (inner === undefined) return undefined;
  const text = inner.replace(CDATA, '$1').trim();
  return text ? decodeXmlEntities(text) : undefined;
}

function decodeXmlEntities(text: string): string {
  return text.replace(XML_ENTITY, (all, hex, dec, name) =>
    hex
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : (NAMED_ENTITY[(name as string).toLowerCase()] ?? all),
  );
}

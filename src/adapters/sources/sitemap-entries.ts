/** One page a sitemap lists, with what a news sitemap says about it. */
export interface SitemapEntry {
  url: string;
  title?: string;
  published?: string;
}

const URLSET_ROOT = /<urlset[\s>]/i;
const URL_ELEMENT = /<url[\s>][\s\S]*?<\/url\s*>/gi;

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
    const url = field(element, 'loc');
    if (!url) continue;
    const title = field(element, 'news:title');
    const published = /^\d{4}-\d{2}-\d{2}/.exec(field(element, 'news:publication_date') ?? '')?.[0];
    entries.push({ url, ...(title ? { title } : {}), ...(published ? { published } : {}) });
  }
  return entries;
}

function field(element: string, name: string): string | undefined {
  const inner = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'i').exec(element)?.[1];
  if (inner === undefined) return undefined;
  const text = inner.replace(/^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/, '$1').trim();
  return text ? decodeXmlEntities(text) : undefined;
}

function decodeXmlEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#x([\da-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (all, hex, dec, name) =>
    hex
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : (named[(name as string).toLowerCase()] ?? all),
  );
}

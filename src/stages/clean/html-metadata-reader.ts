import type { PageMetadata, PageValue } from './metadata-assembler.js';

const JSON_LD = /<script[^>]+application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi;
const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle/;

/**
 * The page's JSON-LD objects (including @graph members), read from the raw HTML before scripts are stripped.
 *
 * @example readJsonLd(html).find((o) => o['@type'] === 'NewsArticle')
 */
export function readJsonLd(html: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  JSON_LD.lastIndex = 0;
  for (let m = JSON_LD.exec(html); m; m = JSON_LD.exec(html)) {
    try {
      flatten(JSON.parse(m[1].trim()), out);
    } catch {
      // A malformed block is the page's bug; the other sources of metadata still count.
    }
  }
  return out;
}

function flatten(v: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(v)) v.forEach((x) => flatten(x, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    out.push(o);
    if (Array.isArray(o['@graph'])) flatten(o['@graph'], out);
  }
}

/**
 * Reads title, author, publisher, publication date, canonical URL and section from JSON-LD (NewsArticle and
 * kin), OpenGraph and article meta tags, ordinary meta tags, <time> and <title>, best source first.
 *
 * @example readPageMetadata(document, readJsonLd(html)).published // { value: '2024-03-22T…', from: 'json-ld' }
 */
export function readPageMetadata(doc: Document, jsonLd: readonly Record<string, unknown>[]): PageMetadata {
  const metas = metaContents(doc);
  const meta = (...names: string[]): string | null => {
    for (const n of names) {
      const v = metas.get(n.toLowerCase());
      if (v) return v;
    }
    return null;
  };
  const article = jsonLd.find((o) => ARTICLE_TYPE.test(String(o['@type'] ?? '')));
  const ld = (key: string): string | null => nameOf(article?.[key]);
  const pick = (...options: [string | null | undefined, string][]): PageValue | undefined => {
    for (const [value, from] of options) if (value && value.trim()) return { value: value.trim(), from };
    return undefined;
  };
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  const author = meta('author', 'article:author', 'byl', 'sailthru.author', 'parsely-author');
  return {
    title: pick(
      [ld('headline'), 'json-ld'],
      [meta('og:title'), 'opengraph'],
      [meta('twitter:title'), 'meta'],
      [doc.querySelector('title')?.textContent, 'title-tag'],
    ),
    author: pick(
      [ld('author'), 'json-ld'],
      [author && !/^https?:/.test(author) ? author.replace(/^By\s+/i, '') : null, 'meta'],
    ),
    publisher: pick(
      [ld('publisher'), 'json-ld'],
      [meta('og:site_name'), 'opengraph'],
      [meta('application-name'), 'meta'],
    ),
    published: pick(
      [ld('datePublished'), 'json-ld'],
      [
        meta(
          'article:published_time',
          'datePublished',
          'pubdate',
          'publishdate',
          'date',
          'DC.date.issued',
          'sailthru.date',
          'parsely-pub-date',
        ),
        'meta',
      ],
      [time, 'time'],
    ),
    url: pick(
      [doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'canonical'],
      [meta('og:url'), 'opengraph'],
      [ld('url'), 'json-ld'],
    ),
    section: pick([ld('articleSection'), 'json-ld'], [meta('article:section'), 'meta']),
    // schema.org has OpinionNewsArticle, AnalysisNewsArticle, ReviewNewsArticle …: the genre, declared.
    type: pick([String(article?.['@type'] ?? ''), 'json-ld']),
  };
}

/** JSON-LD values are strings, {name}, or arrays of either; authors are joined with commas. */
function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object' && 'name' in v) return nameOf((v as { name: unknown }).name);
  return null;
}

/** Every meta tag's content by its property, name or itemprop, read in one pass (first one wins). */
function metaContents(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

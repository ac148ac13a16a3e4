import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readJsonLd, readPageMetadata } from './html-metadata-reader.js';

function read(head: string, body = '') {
  const html = `<html><head>${head}</head><body>${body}</body></html>`;
  return readPageMetadata(parseHTML(html).document as unknown as Document, readJsonLd(html));
}

describe('the page metadata reader', () => {
  it('reads a NewsArticle inside a JSON-LD @graph, with several authors', () => {
    const ld = {
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': 'NewsArticle',
          headline: 'Market attacked',
          datePublished: '2024-02-01T06:00:00Z',
          author: [{ name: 'Amina Yusuf' }, { name: 'Ali Musa' }],
          publisher: { name: 'Sahel Post' },
        },
      ],
    };
    const m = read(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(m.title).toEqual({ value: 'Market attacked', from: 'json-ld' });
    expect(m.author).toEqual({ value: 'Amina Yusuf, Ali Musa', from: 'json-ld' });
    expect(m.publisher).toEqual({ value: 'Sahel Post', from: 'json-ld' });
    expect(m.published).toEqual({ value: '2024-02-01T06:00:00Z', from: 'json-ld' });
    expect(m.type).toEqual({ value: 'NewsArticle', from: 'json-ld' });
  });

  it('falls back to OpenGraph, meta tags, <time> and the canonical link', () => {
    const m = read(
      '<meta property="og:title" content="OG title"><meta property="og:site_name" content="Sahel Post">' +
        '<meta name="author" content="By Ali Musa"><link rel="canonical" href="https://x.example/a">',
      '<time datetime="2024-02-02">2 Feb</time>',
    );
    expect(m.title).toEqual({ value: 'OG title', from: 'opengraph' });
    expect(m.author).toEqual({ value: 'Ali Musa', from: 'meta' });
    expect(m.publisher).toEqual({ value: 'Sahel Post', from: 'opengraph' });
    expect(m.published).toEqual({ value: '2024-02-02', from: 'time' });
    expect(m.url).toEqual({ value: 'https://x.example/a', from: 'canonical' });
  });

  it('ignores a malformed JSON-LD block and an author given as a profile URL', () => {
    const m = read(
      '<script type="application/ld+json">{not json</script><meta property="article:author" content="https://x.example/ali"><title>Tag title</title>',
    );
    expect(m.author).toBeUndefined();
    expect(m.title).toEqual({ value: 'Tag title', from: 'title-tag' });
  });
});

import { describe, expect, it } from 'vitest';
import { sitemapEntries } from './sitemap-entries.js';

describe('sitemap entries', () => {
  it('are the pages a sitemap lists, with a news sitemap’s title and day', () => {
    const xml = `<urlset><url><loc> https://example.org/a?x=1&amp;y=2 </loc><lastmod>2024-01-01</lastmod></url>
      <url><loc>https://example.org/b</loc><news:news><news:title><![CDATA[Strike & aftermath]]></news:title>
      <news:publication_date>2024-05-06T10:00:00+03:00</news:publication_date></news:news></url>
      <url><loc></loc></url></urlset>`;
    expect(sitemapEntries(xml)).toEqual([
      { url: 'https://example.org/a?x=1&y=2' },
      { url: 'https://example.org/b', title: 'Strike & aftermath', published: '2024-05-06' },
    ]);
  });

  it('are not read from other XML', () => {
    expect(
      sitemapEntries('<rss><channel><item><link>https://example.org/a</link></item></channel></rss>'),
    ).toBeNull();
  });
});

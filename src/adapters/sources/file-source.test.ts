import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { SourceItem } from '../../core/ports.js';
import { createFileSource } from './file-source.js';
import { createStdinSource } from './stdin-source.js';

async function collect(
  paths: string[],
  maxBytes = 1_000_000,
): Promise<{ items: SourceItem[]; skipped: string[] }> {
  const skipped: string[] = [];
  const items: SourceItem[] = [];
  for await (const item of createFileSource(paths, { maxBytes, onSkip: (p) => skipped.push(p) }).items())
    items.push(item);
  return { items, skipped };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-src-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('the file source', () => {
  it('walks folders recursively in name order and passes over unsupported files', async () => {
    const dir = folder({ 'b.txt': 'b', 'sub/a.html': '<p>a</p>', 'notes.md': '#', 'img.png': 'x' });
    const { items, skipped } = await collect([dir]);
    expect(items.map((i) => i.source.slice(dir.length + 1))).toEqual(['b.txt', 'sub/a.html']);
    expect(items.map((i) => i.raw?.format)).toEqual(['text', 'html']);
    expect(skipped).toHaveLength(2);
  });

  it('reads title, date and URL from a .meta.json sidecar and does not treat the sidecar as an article', async () => {
    const dir = folder({
      'x.txt': 'text',
      'x.meta.json': '{"title":"T","date":"2015-07-21","url":"http://e.x/1"}',
    });
    const { items } = await collect([dir]);
    expect(items).toHaveLength(1);
    expect(items[0].raw?.hints).toEqual({ title: 'T', published: '2015-07-21', url: 'http://e.x/1' });
  });

  it('passes over a sidecar named among the inputs beside its article, as a glob names it, but reads a lone one', async () => {
    const dir = folder({
      'x.txt': 'text',
      'x.meta.json': '{"title":"T"}',
      'lone.meta.json': '{"title":"L","text":"a record of its own"}',
    });
    const named = ['x.meta.json', 'x.txt', 'lone.meta.json'].map((name) => join(dir, name));
    const { items, skipped } = await collect(named);
    expect(items.map((i) => [i.source.slice(dir.length + 1), i.raw?.hints.title, i.error])).toEqual([
      ['x.txt', 'T', undefined],
      ['lone.meta.json', 'L', undefined],
    ]);
    expect(skipped).toEqual([]);
  });

  it('splits a JSON Lines file into records and names a malformed line by its number', async () => {
    const dir = folder({
      'feed.jsonl': '{"text":"one","title":"A"}\n{oops\n{"html":"<p>two</p>"}\n{"title":"no body"}\n',
    });
    const { items } = await collect([join(dir, 'feed.jsonl')]);
    expect(items.map((i) => i.source.replace(dir, ''))).toEqual([
      '/feed.jsonl:1',
      '/feed.jsonl:2',
      '/feed.jsonl:3',
      '/feed.jsonl:4',
    ]);
    expect(items[0].raw?.hints.title).toBe('A');
    expect(items[1].error?.code).toBe('INPUT_BAD_JSON');
    expect(items[2].raw?.format).toBe('html');
    expect(items[3].error?.message).toMatch(/feed\.jsonl:4: the object has no "text" or "html" field/);
  });

  it('refuses a file over the size limit by name, without reading it', async () => {
    const dir = folder({ 'big.txt': 'x'.repeat(5000) });
    const { items } = await collect([dir], 1000);
    expect(items[0].error?.code).toBe('INPUT_TOO_LARGE');
    expect(items[0].error?.message).toMatch(/big\.txt: 4\.9 KB is over the 1\.0 KB limit/);
  });

  it('names a path that does not exist', async () => {
    const { items } = await collect(['/nonexistent/marsad/x.txt']);
    expect(items[0].error?.message).toBe('/nonexistent/marsad/x.txt: no such file or folder');
  });
});

describe('a file whose content is a feed', () => {
  const story = 'The council met on Monday to discuss the new budget for the city. '.repeat(8);
  // The item's link is on a closed loopback port: the page cannot be fetched, so the feed's content is used.
  const feed = `\uFEFF\n  <?xml version="1.0" encoding="utf-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Local</title>
      <item><title>Budget</title><link>http://127.0.0.1:9/budget</link>
        <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${story}</p>]]></content:encoded>
      </item></channel></rss>`;

  it('is read as a feed whatever its name, not as one article', async () => {
    const dir = folder({ 'news.txt': feed, 'atom.dat': feed.replace('\uFEFF\n  <?xml', '<?xml') });
    const { items } = await collect([join(dir, 'news.txt'), join(dir, 'atom.dat')]);
    expect(items.map((i) => i.source)).toEqual(['http://127.0.0.1:9/budget', 'http://127.0.0.1:9/budget']);
    expect(items[0].raw).toMatchObject({
      format: 'html',
      hints: { title: 'Budget', published: '2024-03-05', url: 'http://127.0.0.1:9/budget' },
    });
    expect(new TextDecoder().decode(items[0].raw?.bytes)).toContain('The council met on Monday');
  });

  it('names a malformed feed and the problem, and the batch goes on', async () => {
    const dir = folder({
      'broken.xml': '<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>Cut sh',
      'after.txt': 'An article after the broken feed.',
    });
    const { items } = await collect([join(dir, 'broken.xml'), join(dir, 'after.txt')]);
    expect(items[0].source).toBe(join(dir, 'broken.xml'));
    expect(items[0].error?.code).toBe('INPUT_BAD_FEED');
    expect(items[0].error?.message).toBe(
      `${join(dir, 'broken.xml')}: not a readable RSS or Atom feed or sitemap (it ends inside <title>)`,
    );
    expect(items[1].raw?.format).toBe('text');
  });

  it('is read from .xml files in a folder walk, sitemaps too; other XML is named, not read as an article', async () => {
    const sitemap = `<?xml version="1.0"?><urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>http://127.0.0.1:9/raid?id=1&amp;p=2</loc><news:news><news:title>Raid</news:title>
        <news:publication_date>2024-04-02T08:00:00Z</news:publication_date></news:news></url></urlset>`;
    const dir = folder({
      'feeds/local.xml': feed,
      'feeds/sitemap.xml': sitemap,
      'feeds/settings.xml': '<settings><theme>dark</theme></settings>',
    });
    const { items, skipped } = await collect([dir]);
    expect(skipped).toEqual([]);
    expect(items.map((i) => [i.source, i.error?.code ?? i.raw?.format])).toEqual([
      ['http://127.0.0.1:9/budget', 'html'],
      [join(dir, 'feeds/settings.xml'), 'INPUT_UNSUPPORTED'],
      ['http://127.0.0.1:9/raid?id=1&p=2', 'INPUT_UNREADABLE'],
    ]);
    expect(items[1].error?.message).toBe(
      `${join(dir, 'feeds/settings.xml')}: XML that is neither an RSS or Atom feed nor a sitemap`,
    );
  });

  it('is read as a feed from standard input too', async () => {
    const items: SourceItem[] = [];
    for await (const item of createStdinSource(Readable.from([Buffer.from(feed)]), 1_000_000).items())
      items.push(item);
    expect(items.map((i) => [i.source, i.raw?.hints.title])).toEqual([
      ['http://127.0.0.1:9/budget', 'Budget'],
    ]);
  });

  it('leaves an XHTML page, an XML declaration before <html>, to be read as a page', async () => {
    const dir = folder({
      'page.xhtml': '<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body><p>A page.</p></body></html>',
    });
    const { items } = await collect([join(dir, 'page.xhtml')]);
    expect(items[0].raw?.format).toBe('html');
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceItem } from '../../core/ports.js';
import { fetchRawInput } from './http-fetch.js';
import { createFeedSource, createPageSource } from './web-source.js';

// A real HTTP server on loopback standing in for news sites and their feeds.
const PAGES: Record<string, [string, string]> = {
  '/a.html': ['text/html; charset=windows-1256', '<html><body><p>page a</p></body></html>'],
  '/b.txt': ['text/plain', 'page b'],
  '/huge.html': ['text/html', 'x'.repeat(50_000)],
  '/feed.xml': [
    'application/rss+xml',
    `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
     <item><title>First</title><link>/a.html</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
     <item><title>Gone</title><link>/missing.html</link></item></channel></rss>`,
  ],
  '/broken.xml': ['application/rss+xml', 'this is not a feed at all'],
  '/summaries.xml': [
    'application/rss+xml',
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
     <channel><title>S</title>
     <item><title>Told</title><link>/gone-1.html</link>
       <description>Farmers blocked the ring road at dawn over fuel prices.</description></item>
     <item><title>Whole</title><link>/gone-2.html</link><description>Short.</description>
       <content:encoded><![CDATA[<p>The port reopened after a week.</p><p>Crews cleared the berths.</p>]]></content:encoded></item>
     <item><title>Bare</title><link>/gone-3.html</link><description><![CDATA[<img src="x.png">]]></description></item>
     </channel></rss>`,
  ],
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const page = PAGES[req.url ?? ''];
    if (!page) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': page[0] }).end(page[1]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const feed of ['/feed.xml', '/summaries.xml'])
    PAGES[feed][1] = PAGES[feed][1].replaceAll('<link>/', `<link>${base}/`);
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function collect(source: { items(): AsyncIterable<SourceItem> }): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of source.items()) out.push(item);
  return out;
}

describe('the web sources', () => {
  it('fetch pages with their format and declared charset, and name the ones that fail', async () => {
    const items = await collect(
      createPageSource([`${base}/a.html`, `${base}/b.txt`, `${base}/nope`], { maxBytes: 10_000 }),
    );
    expect(items[0].raw).toMatchObject({
      format: 'html',
      charset: 'windows-1256',
      hints: { url: `${base}/a.html` },
    });
    expect(items[1].raw?.format).toBe('text');
    expect(items[2].error?.message).toBe(`${base}/nope: the server answered HTTP 404`);
  });

  it('say why a page could not be fetched: nothing listening, or no answer in time', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const quiet = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/slow.html`;
    try {
      const [refused] = await collect(createPageSource([`http://127.0.0.1:${port}/x`], { maxBytes: 10_000 }));
      expect(refused.error?.message).toMatch(/could not fetch \(connection refused/);
      // .invalid never resolves; a machine without DNS cannot even ask.
      const [unknown] = await collect(createPageSource(['http://news.invalid/x'], { maxBytes: 10_000 }));
      expect(unknown.error?.message).toMatch(
        /could not fetch \((no such host|the host name could not be looked up)/,
      );
      await expect(fetchRawInput(quiet, { maxBytes: 10_000, timeoutMs: 300 })).rejects.toThrow(
        `${quiet}: could not fetch (no answer within 0.3 s)`,
      );
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  it('refuse a page over the size limit rather than cut it', async () => {
    const [item] = await collect(createPageSource([`${base}/huge.html`], { maxBytes: 10_000 }));
    expect(item.error?.code).toBe('INPUT_TOO_LARGE');
  });

  it('follow a feed to its items’ pages, with the item title and date as hints', async () => {
    const items = await collect(
      createFeedSource([`${base}/feed.xml`, `${base}/broken.xml`], { maxBytes: 10_000 }),
    );
    expect(items[0].raw?.hints).toMatchObject({ title: 'First', published: '2024-03-05' });
    expect(items[1].error?.message).toMatch(/missing\.html: the server answered HTTP 404/);
    expect(items[2].source).toBe(`${base}/broken.xml`);
    expect(items[2].error?.message).toMatch(/not a readable RSS or Atom feed/);
  });

  it("read an item's own text in the feed when its page fails, saying so, and name the feed when there is none", async () => {
    const feed = `${base}/summaries.xml`;
    const [told, whole, bare] = await collect(createFeedSource([feed], { maxBytes: 10_000 }));
    const text = (item: SourceItem) => new TextDecoder().decode(item.raw?.bytes);
    expect(text(told)).toBe('Farmers blocked the ring road at dawn over fuel prices.');
    expect(told.raw?.hints).toMatchObject({ url: `${base}/gone-1.html`, title: 'Told' });
    expect(told.raw?.notes?.[0]).toMatchObject({
      code: 'FEED_TEXT_USED',
      severity: 'warning',
      message: `${base}/gone-1.html: the server answered HTTP 404; the item's description in the feed ${feed} was read instead`,
    });
    expect(text(whole)).toContain('Crews cleared the berths.');
    expect(whole.raw?.notes?.[0].message).toMatch(/the item's content in the feed/);
    expect(bare.source).toBe(`${base}/gone-3.html`);
    expect(bare.error?.message).toBe(
      `${base}/gone-3.html: the server answered HTTP 404; an item of the feed ${feed}, which carries no text of it`,
    );
  });
});

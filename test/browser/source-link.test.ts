import { describe, expect, it } from 'vitest';
import { openPage, shot } from './browser-session.js';
import { browserArticles } from './fixtures/browser-articles.js';
import { uiSession } from './ui-server.js';

// One article fetched from the web, one whose URL (from a posted record or a feed) is a script.
const ORIGINAL = 'https://news.example/2024/03/market-blast.html';
const articles = browserArticles().map((a) =>
  a.source === 'mosul-market.txt'
    ? { ...a, url: ORIGINAL }
    : a.source === 'baghdad-markup.txt'
      ? { ...a, url: 'javascript:window.__pwned = 5' }
      : a,
);
const fetched = articles.find((a) => a.url === ORIGINAL)!;
const scripted = articles.find((a) => a.source === 'baghdad-markup.txt')!;

const session = uiSession(articles);

describe('where an article came from', () => {
  it('links the article and event pages to the original page, and never to a script', async () => {
    const { page, trouble, close } = await openPage(session.browser, 'en');
    try {
      await page.goto(`${session.ui.url}#/articles/${fetched.id}`);
      const link = page.locator(`.article-meta a[href="${ORIGINAL}"]`);
      await link.waitFor();
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await link.getAttribute('target')).toBe('_blank');
      await shot(page, 'article-source-link');
      await page.goto(`${session.ui.url}#/events/${fetched.events[0].id}`);
      await page.locator(`.article-links a[href="${ORIGINAL}"]`).waitFor();

      await page.goto(`${session.ui.url}#/articles/${scripted.id}`);
      await page.waitForSelector(`.article-page[data-id="${scripted.id}"]`);
      // Shown, as text: the reader sees what the record claimed.
      expect(await page.locator('.article-meta').innerText()).toContain('javascript:window.__pwned = 5');
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { openPage, shot } from './browser-session.js';
import { browserArticles } from './fixtures/browser-articles.js';
import { uiSession } from './ui-server.js';

// An article read from a feed's own text, its page out of reach: the reader is told before the text.
const note = {
  code: 'FEED_TEXT_USED',
  severity: 'warning' as const,
  message: 'https://news.example/x: the server answered HTTP 404; the item description was read instead',
};
const articles = browserArticles().map((a) =>
  a.source === 'mosul-market.txt' ? { ...a, diagnostics: [note] } : a,
);
const mosul = articles.find((a) => a.source === 'mosul-market.txt')!;
const other = articles.find((a) => a.source !== 'mosul-market.txt')!;

const session = uiSession(articles);

describe('the article page of a text that is not the whole page', () => {
  it('says so in the interface language, and says nothing for a whole page', async () => {
    const { page, trouble, close } = await openPage(session.browser, 'ar');
    try {
      await page.goto(`${session.ui.url}#/articles/${mosul.id}`);
      await page.waitForSelector('.article-page');
      expect(await page.locator('.source-note').innerText()).toContain('نصّه كما ورد في الموجز');
      expect(await page.locator('.source-note').innerText()).not.toContain('HTTP 404');
      await shot(page, 'article-feed-text-ar');
      await page.goto(`${session.ui.url}#/articles/${other.id}`);
      await page.waitForSelector(`.article-page[data-id="${other.id}"]`);
      expect(await page.locator('.source-note').count()).toBe(0);
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { openPage } from './browser-session.js';
import { browserArticles } from './fixtures/browser-articles.js';
import { uiSession } from './ui-server.js';

// An article that carried no date of its own, dated by the day it was fetched: the page must not call that
// day its publication.
const articles = browserArticles().map((a) =>
  a.source === 'mosul-market.txt' && a.published
    ? { ...a, published: { ...a.published, from: 'retrieved' } }
    : a,
);
const fetched = articles.find((a) => a.source === 'mosul-market.txt')!;
const dated = articles.find((a) => a.source !== 'mosul-market.txt' && a.published)!;

const session = uiSession(articles);

describe('the article page of an article dated by its retrieval', () => {
  it('labels the day as retrieved, and a dated article as published', async () => {
    const { page, trouble, close } = await openPage(session.browser, 'en');
    try {
      await page.goto(`${session.ui.url}#/articles/${fetched.id}`);
      await page.waitForSelector('.article-page');
      const meta = await page.locator('.article-meta').innerText();
      expect(meta).toContain('Retrieved (no date in the article)');
      expect(meta).not.toContain('Published');
      await page.goto(`${session.ui.url}#/articles/${dated.id}`);
      await page.waitForSelector(`.article-page[data-id="${dated.id}"]`);
      expect(await page.locator('.article-meta').innerText()).toContain('Published');
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openPage, shot } from './browser-session.js';
import { buildArticle } from './fixtures/article-builder.js';
import { browserArticles } from './fixtures/browser-articles.js';
import { uiSession } from './ui-server.js';

// Written for this test: one more Iraqi event, stored after the reader saved their watchlist.
const LATER =
  'Two policemen were wounded when a roadside bomb exploded near a checkpoint in Kirkuk on Monday.';
const laterArticle = buildArticle({
  source: 'kirkuk-bomb.txt',
  language: 'en',
  title: 'Roadside bomb wounds two policemen in Kirkuk',
  published: '2024-03-26',
  lines: [LATER],
  events: [
    {
      sentence: LATER,
      type: 'Explosions/Remote violence',
      subType: 'Remote explosive/landmine/IED',
      typeQuote: 'roadside bomb exploded',
      date: '2024-03-25',
      dateQuote: 'on Monday',
      place: {
        quote: 'Kirkuk',
        name: 'Kirkuk',
        entity_id: 'place:iq:kirkuk',
        country: 'IQ',
        lat: 35.4681,
        lon: 44.3922,
      },
    },
  ],
});

const articles = browserArticles();
const IRAQI = articles.flatMap((a) => a.events).filter((e) => e.location?.country === 'IQ');

const session = uiSession(articles);

describe('watchlists', () => {
  it('saves the filters shown under a name and says what is new since the reader last opened them', async () => {
    const { page, trouble, close } = await openPage(session.browser);
    try {
      const explore = async (query: string) => {
        await page.goto(`${session.ui.url}#/${query}`);
        await page.waitForSelector('.explore[data-state="ready"]');
      };
      const iraq = page.locator('ul.watchlists li[data-query="country=IQ"]');
      await explore('');
      expect(await page.locator('ul.watchlists li').textContent()).toContain('press Watch');

      await explore('?country=IQ');
      // The name field is labelled, not only given a placeholder that typing hides.
      await page.getByLabel('Name of the watchlist').fill('Iraq <b>bold</b>');
      await page.click('.watch-form button');
      await expect.poll(() => iraq.locator('a').textContent()).toBe('Iraq <b>bold</b>');

      // One event stored and one taken out: as many Iraqi events as before, and one of them is new.
      await session.ui.store.saveArticle(laterArticle);
      const db = new Database(session.ui.dbPath);
      db.prepare('delete from events where id = ?').run(IRAQI[0].id);
      db.close();
      await explore('');
      await expect.poll(() => iraq.locator('.watch-new[data-new]').textContent()).toBe('1 new');
      await shot(page, 'watchlists-new');

      await iraq.locator('a').click();
      // The page is still marked ready from the view before: the watchlist shown as current says Iraq is.
      await page.waitForSelector('ul.watchlists li[data-query="country=IQ"] a[aria-current="page"]');
      expect(new URL(page.url()).hash).toBe('#/?country=IQ');
      await explore('');
      await expect.poll(() => page.locator('ul.watchlists li').count()).toBe(1);
      await expect.poll(() => iraq.locator('.watch-new[data-new="0"]').textContent()).toBe('');

      await iraq.getByRole('button').click();
      expect(await page.locator('ul.watchlists li').textContent()).toContain('press Watch');
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens the explore page where the browser refuses storage, and names a blank name by its filters', async () => {
    const { page, trouble, close } = await openPage(session.browser);
    try {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get: () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      await page.goto(`${session.ui.url}#/?country=IQ`);
      await page.waitForSelector('.explore[data-state="ready"]');
      await page.fill('#watch-name', '   ');
      await page.click('.watch-form button');
      expect(await page.locator('ul.watchlists li a').textContent()).toBe('Iraq');
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("asks for a watchlist's count once a visit, not at every change of the filters shown", async () => {
    const { page, trouble, close } = await openPage(session.browser);
    try {
      await page.goto(`${session.ui.url}#/?country=IQ`);
      await page.waitForSelector('.explore[data-state="ready"]');
      await page.click('.watch-form button');
      const asked: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        const counted = url.searchParams.get('country') === 'IQ' && url.searchParams.has('stored_after');
        if (url.pathname.endsWith('/api/stats') && counted) asked.push(url.search);
      });
      await page.goto(`${session.ui.url}#/`);
      for (const type of ['Battles', 'Protests', '']) {
        await page.waitForSelector('.explore[data-state="ready"]');
        await page.selectOption('#filter-type', type);
      }
      await page.waitForSelector('.explore[data-state="ready"]');
      await page.waitForSelector('ul.watchlists .watch-new[data-new]', { state: 'attached' });
      expect(asked).toHaveLength(1);
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('watches nothing before the page has shown what its filters match', async () => {
    const { page, close } = await openPage(session.browser);
    try {
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/api/events?*', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${session.ui.url}#/?country=IQ`);
      await page.click('.watch-form button');
      release();
      await page.waitForSelector('.explore[data-state="ready"]');
      expect(await page.locator('ul.watchlists li').textContent()).toContain('press Watch');
    } finally {
      await close();
    }
  });
});

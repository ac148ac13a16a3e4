import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, shot } from './browser-session.js';
import { browserArticles } from './fixtures/browser-articles.js';
import { uiSession } from './ui-server.js';

// The explore page and its address: filters arriving by link are framed, and a late change event never
// writes the explore page's filters over the address the reader went to.
const articles = browserArticles();
const tripoli = articles.find((a) => a.source === 'tripoli-clashes.txt')!.events[0].id;
const mosul = articles.find((a) => a.source === 'mosul-market.txt')!.events[0].id;

const session = uiSession(articles);

async function withPage(body: (page: Page) => Promise<void>, locale: 'en' | 'ar' = 'en'): Promise<void> {
  const { page, trouble, close } = await openPage(session.browser, locale);
  try {
    await body(page);
    expect(trouble.errors).toEqual([]);
  } finally {
    await close();
  }
}

async function exploreAt(page: Page, query: string): Promise<void> {
  await page.goto(`${session.ui.url}#/?${query}`);
  await page.waitForSelector(`.explore[data-state="ready"]`);
  await page.waitForSelector('.map[data-basemap="ready"]');
}

/** Whether the marker's centre lies inside the map's box: the reader can see it without panning. */
async function inView(page: Page, id: string): Promise<boolean> {
  const map = (await page.locator('#map').boundingBox())!;
  const dot = (await page.locator(`path.event-marker[data-id="${id}"]`).boundingBox())!;
  const [x, y] = [dot.x + dot.width / 2, dot.y + dot.height / 2];
  return x > map.x && x < map.x + map.width && y > map.y && y < map.y + map.height;
}

describe('the explore page and its address', () => {
  it('frames the events of filters that arrive by link, not the view of the filters before', async () => {
    await withPage(async (page) => {
      await exploreAt(page, 'country=SY');
      await exploreAt(page, 'country=LY');
      await expect.poll(() => page.locator('#event-list .event-summary').count()).toBe(1);
      expect(await inView(page, tripoli)).toBe(true);
      await shot(page, 'explore-linked-libya');
    });
  });

  it('keeps the address the reader went to when the text field they leave fires its change', async () => {
    await withPage(async (page) => {
      await exploreAt(page, 'country=IQ');
      await page.fill('#filter-q', 'market');
      await page.goto(`${session.ui.url}#/events/${mosul}`);
      await page.waitForSelector(`.event-page[data-id="${mosul}"]`);
      expect(new URL(page.url()).hash).toBe(`#/events/${mosul}`);
      expect(await page.locator('.explore').count()).toBe(0);
    });
  });

  it('searches the text typed once the reader pauses, without Enter', async () => {
    const all = articles.reduce((n, a) => n + a.events.length, 0);
    await withPage(async (page) => {
      await exploreAt(page, '');
      await page.fill('#filter-q', 'مفخخة');
      await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe('#/?q=مفخخة');
      await page.waitForSelector('.explore[data-state="ready"]');
      const shown = await page.locator('#event-list .event-summary').count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(all);
    });
  });

  it('finds a word typed in another of its forms, and says in the field how to search', async () => {
    await withPage(async (page) => {
      await exploreAt(page, '');
      expect(await page.getAttribute('#filter-q', 'title')).toContain('kill*');
      // Only the Libyan report's title has the word, as "Clashes".
      await page.fill('#filter-q', 'clash');
      await page.press('#filter-q', 'Enter');
      await expect.poll(() => new URL(page.url()).hash).toBe('#/?q=clash');
      await page.waitForSelector('.explore[data-state="ready"]');
      await expect.poll(() => page.locator('#event-list .event-summary').count()).toBe(1);
    });
  });

  it('keeps the list to the map view when a filter changes while it follows the map', async () => {
    await withPage(async (page) => {
      await exploreAt(page, 'country=LY');
      await page.check('#filter-follow-map');
      await expect.poll(() => new URL(page.url()).hash).toContain('bbox=');
      await page.waitForSelector('.explore[data-state="ready"]');
      await page.selectOption('#filter-country', '');
      await expect.poll(() => new URL(page.url()).hash).not.toContain('country=');
      await page.waitForSelector('.explore[data-state="ready"]');
      expect(new URL(page.url()).hash).toContain('bbox=');
      expect(await page.locator('#event-list .event-summary').count()).toBe(1);
    });
  });

  it.each(['en', 'ar'] as const)(
    'shows and sends the dates as ISO days whatever the browser locale (%s)',
    async (locale) => {
      await withPage(async (page) => {
        await exploreAt(page, 'since=2024-03-04');
        await page.waitForSelector(`html[lang="${locale}"]`);
        expect(await page.inputValue('#filter-since')).toBe('2024-03-04');
        expect(await page.getAttribute('#filter-until', 'placeholder')).toBe('YYYY-MM-DD');
        await page.fill('#filter-until', '٢٠٢٤/٣/٩');
        await page.press('#filter-until', 'Tab');
        await expect.poll(() => new URL(page.url()).hash).toBe('#/?since=2024-03-04&until=2024-03-09');
        expect(await page.inputValue('#filter-until')).toBe('2024-03-09');
        await page.waitForSelector('.explore[data-state="ready"]');
        // Day-month or month-day? Not guessed: the field is marked and the filter stays as it was.
        await page.fill('#filter-until', '03/09/2024');
        await page.press('#filter-until', 'Tab');
        await page.waitForSelector('#filter-until[aria-invalid="true"]');
        await page.waitForSelector('.explore[data-state="ready"]');
        expect(new URL(page.url()).hash).toBe('#/?since=2024-03-04&until=2024-03-09');
        await shot(page, `explore-iso-dates-${locale}`);
      }, locale);
    },
  );

  it('says a From day after the To day in Arabic, and keeps the timeline to drag a range that works', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.ui.url}#/?since=2024-03-01&until=2024-02-01`);
      await page.waitForSelector('.explore[data-state="error"]');
      await expect.poll(() => page.locator('#event-list').innerText()).toContain('يوم «من» بعد يوم «إلى»');
      expect(await page.locator('#timeline rect.bar').count()).toBeGreaterThan(0);
    }, 'ar');
  });

  it('leaves out, in Arabic, the values of a link the API refuses, and shows what the rest selects', async () => {
    await withPage(async (page) => {
      const markup = '<img src=x onerror=alert(1)>';
      await page.goto(`${session.ui.url}#/?country=Iraq&type=${encodeURIComponent(markup)}&timing=current`);
      await page.waitForSelector('.explore[data-state="ready"]');
      const notice = await page.locator('.link-notice').innerText();
      expect(notice).toContain('قيمة «البلد» في هذا الرابط («Iraq»)');
      expect(notice).toContain(markup);
      expect(notice).not.toMatch(/expected|ISO 3166/);
      expect(await page.locator('.link-notice img').count()).toBe(0);
      expect(await page.locator('#event-list .event-summary').count()).toBeGreaterThan(0);
      expect(await page.locator('#timeline rect.bar').count()).toBeGreaterThan(0);
      expect(new URL(page.url()).hash).toBe('#/?timing=current');
      await shot(page, 'explore-link-values-left-out-ar');
    }, 'ar');
  });
});

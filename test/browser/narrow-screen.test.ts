import { describe, expect, it } from 'vitest';
import { openPage, shot } from './browser-session.js';
import { browserArticles } from './fixtures/browser-articles.js';
import { uiSession } from './ui-server.js';

// A phone's width: no page may be wider than the screen (a reader would have to scroll sideways to see
// the evidence). The Mosul article gets a long address, one unbreakable word in its metadata.
const LONG_URL = `https://news.example.org/2024/06/02/${'suicide-bomber-kills-twelve-at-market-'.repeat(4)}1`;
const articles = browserArticles().map((a) =>
  a.source === 'mosul-market.txt' ? { ...a, url: LONG_URL } : a,
);
const mosul = articles.find((a) => a.source === 'mosul-market.txt')!;

const session = uiSession(articles);

// Each page with a text it must show: a page measured before its content is there fits any screen.
const PAGES = [
  ['event', `#/events/${mosul.events[0].id}`, '.event-page[data-state="ready"]', 'Mosul'],
  ['article', `#/articles/${mosul.id}`, '.article-page', LONG_URL],
  ['explore', '#/', '.explore[data-state="ready"]', 'Mosul'],
] as const;

describe('the web UI on a phone', () => {
  it.each(PAGES)('fits the %s page in the width of the screen', async (name, hash, ready, shows) => {
    const { page, trouble, close } = await openPage(session.browser);
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${session.ui.url}${hash}`);
      await page.waitForSelector(ready);
      expect(await page.textContent('main')).toContain(shows);
      const [scrollWidth, innerWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      await shot(page, `phone-${name}`);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('folds the map legend into its title, over no clusters, until the reader taps it', async () => {
    const { page, trouble, close } = await openPage(session.browser, 'ar');
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${session.ui.url}#/`);
      await page.waitForSelector('.explore[data-state="ready"]');
      const legend = page.locator('.type-legend');
      expect(await legend.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      const folded = (await legend.boundingBox())!;
      expect(folded.height).toBeLessThan(40);
      await page.locator('.type-legend summary').click();
      expect(await legend.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      expect(await page.locator('.type-legend-row').first().isVisible()).toBe(true);
      await shot(page, 'phone-legend-open');
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('folds the filters into their title, which says how many are set, so the map is on the first screen', async () => {
    const { page, trouble, close } = await openPage(session.browser);
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${session.ui.url}#/?country=IQ&timing=current`);
      await page.waitForSelector('.explore[data-state="ready"]');
      const fold = page.locator('.filter-fold');
      expect(await fold.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      expect(await page.textContent('.filter-fold summary')).toBe('Filters 2 set');
      expect((await page.locator('.map').boundingBox())!.y).toBeLessThan(844 / 2);
      await shot(page, 'phone-filters-folded');
      await page.locator('.filter-fold summary').click();
      expect(await page.locator('#filter-country').isVisible()).toBe(true);
      await page.selectOption('#filter-timing', '');
      await expect.poll(() => page.textContent('.filter-fold summary')).toBe('Filters 1 set');
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps each day of the list on one line, in Arabic too', async () => {
    const { page, trouble, close } = await openPage(session.browser, 'ar');
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${session.ui.url}#/`);
      await page.waitForSelector('.explore[data-state="ready"]');
      const days = await page
        .locator('#event-list .event-summary-meta bdi')
        .evaluateAll((all) =>
          all
            .filter((el) => /^\d{4}-\d{2}-\d{2}$/.test(el.textContent ?? ''))
            .map((el) => [getComputedStyle(el).whiteSpace, el.getClientRects().length]),
        );
      expect(days.length).toBeGreaterThan(0);
      expect(days.filter(([space, lines]) => space !== 'nowrap' || lines !== 1)).toEqual([]);
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROW_BATCH } from '../../web/src/views/event-list.js';
import { shot } from './browser-session.js';
import { shellingReports } from './fixtures/shelling-reports.js';
import { onExplorePage, uiSession } from './ui-server.js';

/*
 * Many short reports written for this test, one event each: more events than the list puts in the page
 * at once. The oldest happened far from the others, so it is a marker of its own and the last row.
 */
const COUNT = ROW_BATCH * 2 + 30;
const articles = shellingReports(COUNT);
const farEvent = articles[COUNT - 1].events[0].id;
const session = uiSession(articles);

const rows = (page: Page) => page.locator('#event-list .event-summary');

/** Opens the explore page at `query` on a fresh page, runs `body`, and fails on any script error. */
const explore = (query: string, body: (page: Page) => Promise<void>) =>
  onExplorePage(session, `#/${query}`, body);

describe('a list longer than a screen', () => {
  it('puts its rows in the page a batch at a time as the reader scrolls, each telling its place', async () => {
    await explore('', async (page) => {
      expect(await page.textContent('#event-list h2')).toBe(`${COUNT} events`);
      expect(await rows(page).count()).toBe(ROW_BATCH);
      const first = page.locator('#event-list li').first();
      expect([await first.getAttribute('aria-posinset'), await first.getAttribute('aria-setsize')]).toEqual([
        '1',
        String(COUNT),
      ]);
      // Straight to the end, as the End key or the scroll bar does, until no more rows come.
      await expect
        .poll(async () => {
          await page.locator('#event-list').evaluate((el) => el.scrollTo(0, el.scrollHeight));
          return rows(page).count();
        })
        .toBe(COUNT);
      expect(await page.locator('#event-list li').last().getAttribute('aria-posinset')).toBe(String(COUNT));
      expect(await page.locator('#event-list .list-footer button').count()).toBe(0);
      await shot(page, 'long-list-end');
      // New filters: their list is shown from its top, the count above it in sight.
      await page.fill('#filter-q', 'Marib');
      await page.press('#filter-q', 'Enter');
      await expect.poll(() => page.textContent('#event-list h2')).toBe(`${COUNT - 1} events`);
      expect(await page.locator('#event-list').evaluate((el) => el.scrollTop)).toBe(0);
    });
  });

  it('lets the keyboard go on past the first batch', async () => {
    await explore('', async (page) => {
      await page.locator('.skip-link').focus();
      await page.keyboard.press('Enter');
      for (let i = 0; i < ROW_BATCH + 5; i++) await page.keyboard.press('Tab');
      const focused = () => page.evaluate(() => document.activeElement?.closest('li')?.ariaPosInSet);
      expect(await focused()).toBe(String(ROW_BATCH + 5));
      expect(await rows(page).count()).toBeGreaterThan(ROW_BATCH + 5);
    });
  });

  it('shows a row picked on the map even when it was not in the page yet', async () => {
    await explore('', async (page) => {
      await page.locator(`path.event-marker[data-id="${farEvent}"]`).click();
      const picked = page.locator('#event-list .event-summary.selected');
      await expect.poll(() => picked.count()).toBe(1);
      expect(await picked.getAttribute('data-id')).toBe(farEvent);
      await expect.poll(() => picked.isVisible()).toBe(true);
    });
  });

  it('names the place of a cluster whose events are all there, close in', async () => {
    // Framed close in: every event of the search is at Marib, one cluster.
    await explore('?q=Marib', async (page) => {
      expect(await page.locator('.cluster').getAttribute('data-count')).toBe(String(COUNT - 1));
      expect(await page.locator('.leaflet-tooltip.place-label').allTextContents()).toEqual(['Marib']);
      await shot(page, 'cluster-place-label');
    });
  });
});

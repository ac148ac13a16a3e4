import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_LOAD } from '../../web/src/views/server-pages.js';
import { shellingReports } from './fixtures/shelling-reports.js';
import { onExplorePage, uiSession } from './ui-server.js';

/* More events than the explore page asks the server for at first: the rest come when the reader asks. */
const COUNT = FIRST_LOAD + 30;
const session = uiSession(shellingReports(COUNT));

const rows = (page: Page) => page.locator('#event-list .event-summary');
const footerButton = (page: Page) => page.locator('#event-list .list-footer button');

/** Opens the explore page on a fresh page, runs `body`, and fails on any script error. */
const explore = (body: (page: Page) => Promise<void>) => onExplorePage(session, '', body);

describe('a list longer than the first request', () => {
  it('loads the rest from the server when the reader reaches the end, keeping the rows read', async () => {
    await explore(async (page) => {
      expect(await page.textContent('#event-list h2')).toBe('1,000 shown of 1,030 events');
      await expect
        .poll(
          async () => {
            await page.locator('#event-list').evaluate((el) => el.scrollTo(0, el.scrollHeight));
            return rows(page).count();
          },
          { timeout: 30_000 },
        )
        .toBe(FIRST_LOAD);
      const lastLoaded = await rows(page)
        .nth(FIRST_LOAD - 1)
        .getAttribute('data-id');
      await footerButton(page).click();
      await expect.poll(() => page.textContent('#event-list h2')).toBe('1,030 events');
      expect(await rows(page).count()).toBe(COUNT);
      // The rows already read stay as they were; the keyboard goes on from the first new one.
      expect(
        await rows(page)
          .nth(FIRST_LOAD - 1)
          .getAttribute('data-id'),
      ).toBe(lastLoaded);
      const focused = () => page.evaluate(() => document.activeElement?.closest('li')?.ariaPosInSet);
      expect(await focused()).toBe(String(FIRST_LOAD + 1));
      expect(await page.locator('#event-list li').last().getAttribute('aria-setsize')).toBe(String(COUNT));
      expect(await footerButton(page).count()).toBe(0);
    });
  });

  it('shows neither markers nor download links of the filters before when the next list cannot be had', async () => {
    await explore(async (page) => {
      expect(await page.locator('.export-links').isVisible()).toBe(true);
      expect(await page.locator('path.event-marker, .cluster').count()).toBeGreaterThan(0);
      // The server goes away.
      await page.route('**/api/**', (route) => route.abort());
      await page.fill('#filter-q', 'Socotra');
      await page.press('#filter-q', 'Enter');
      await page.waitForSelector('.explore[data-state="error"]');
      expect(await page.locator('#event-list .empty').innerText()).toContain('cannot be reached');
      expect(await page.locator('.export-links').isVisible()).toBe(false);
      expect(await page.locator('path.event-marker, .cluster').count()).toBe(0);
    });
  });
});

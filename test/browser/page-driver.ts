import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, type PageTrouble } from './browser-session.js';
import type { UiSession } from './ui-server.js';

/** What a test of the web UI drives its pages with, bound to the session of its file. */
export interface PageDriver {
  /**
   * Runs `body` on a fresh page and fails on any script error or failed request it caused (but the one for
   * an event id that does not exist, which a test asks for on purpose).
   */
  withPage(body: (page: Page, trouble: PageTrouble) => Promise<void>, locale?: 'en' | 'ar'): Promise<void>;
  /** Goes to the explore page with `query` (e.g. '?country=SY') and waits until its list and basemap are ready. */
  explore(page: Page, query?: string): Promise<void>;
}

/**
 * For browser tests: a page driver on the server and browser of `session`.
 *
 * @example const { withPage, explore } = pageDriver(uiSession(articles)); await withPage((page) => explore(page));
 */
export function pageDriver(session: UiSession): PageDriver {
  return {
    async withPage(body, locale = 'en') {
      const { page, trouble, close } = await openPage(session.browser, locale);
      try {
        await body(page, trouble);
        expect(trouble.errors).toEqual([]);
        expect(trouble.failedRequests.filter((r) => !r.includes('/api/events/no-such-event'))).toEqual([]);
      } finally {
        await close();
      }
    },
    async explore(page, query = '') {
      await page.goto(`${session.ui.url}#/${query}`);
      await page.waitForSelector('.explore[data-state="ready"]');
      await page.waitForSelector('.map[data-basemap="ready"]');
    },
  };
}

/** The rows of the explore page's list of events. */
export const eventRows = (page: Page) => page.locator('#event-list .event-summary');

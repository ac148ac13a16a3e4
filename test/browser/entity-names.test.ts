import { describe, expect, it } from 'vitest';
import { openPage, shot } from './browser-session.js';
import { browserArticles } from './fixtures/browser-articles.js';
import { uiSession } from './ui-server.js';

const articles = browserArticles();
const mosul = articles.find((a) => a.source === 'mosul-market.txt')!;
const session = uiSession(articles);

describe('the names on an entity page', () => {
  for (const locale of ['en', 'ar'] as const) {
    it(`sets each list of names beside its label, in either direction (${locale} interface)`, async () => {
      const { page, trouble, close } = await openPage(session.browser, locale);
      try {
        // A country: one short name in each language, far narrower than the row it sits in.
        const country = `country:${mosul.events[0].location!.country}`;
        await page.goto(`${session.ui.url}#/entities/${encodeURIComponent(country)}`);
        await page.waitForSelector('.entity-page[data-state="ready"]');
        // The gap between a label and the nearest edge of its list, whichever side the list reads from.
        const gaps = await page.locator('.entity-page dd.names').evaluateAll((dds) =>
          dds.map((dd) => {
            const label = dd.previousElementSibling!.getBoundingClientRect();
            // The words' extent, not the box's: a box may span the row while its words sit at its far end.
            const words = document.createRange();
            words.selectNodeContents(dd);
            const list = words.getBoundingClientRect();
            return Math.round(Math.max(list.left - label.right, label.left - list.right));
          }),
        );
        expect(gaps).toHaveLength(2);
        for (const gap of gaps) expect(gap).toBeLessThanOrEqual(40);
        expect(trouble.errors).toEqual([]);
        await shot(page, `entity-names-${locale}`);
      } finally {
        await close();
      }
    });
  }
});

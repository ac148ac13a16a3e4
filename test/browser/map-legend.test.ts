import { describe, expect, it } from 'vitest';
import { openPage, shot } from './browser-session.js';
import { buildArticle } from './fixtures/article-builder.js';
import { uiSession } from './ui-server.js';

// Written for this test: two events at opposite corners of the area they span, one of them in the
// south-west, the corner the map's legend sits in.
const SOUTH_WEST = 'Shelling hit a market in Taiz on Sunday, killing four people, medics said.';
const NORTH_EAST = 'A roadside bomb struck a convoy in Kabul on Monday, killing two soldiers, police said.';
const taiz = buildArticle({
  source: 'taiz-market.txt',
  language: 'en',
  title: 'Shelling hits Taiz market',
  published: '2024-02-05',
  lines: [SOUTH_WEST],
  events: [
    {
      sentence: SOUTH_WEST,
      type: 'Explosions/Remote violence',
      subType: 'Shelling/artillery/missile attack',
      typeQuote: 'Shelling',
      date: '2024-02-04',
      dateQuote: 'on Sunday',
      place: {
        quote: 'Taiz',
        name: 'Taiz',
        entity_id: 'place:ye:taiz',
        country: 'YE',
        lat: 13.58,
        lon: 44.02,
      },
      fatalities: { quote: 'killing four people', value: 4, qualifier: 'exact' },
    },
  ],
});
const kabul = buildArticle({
  source: 'kabul-convoy.txt',
  language: 'en',
  title: 'Roadside bomb hits convoy in Kabul',
  published: '2024-02-06',
  lines: [NORTH_EAST],
  events: [
    {
      sentence: NORTH_EAST,
      type: 'Explosions/Remote violence',
      subType: 'Remote explosive/landmine/IED',
      typeQuote: 'roadside bomb',
      date: '2024-02-05',
      dateQuote: 'on Monday',
      place: {
        quote: 'Kabul',
        name: 'Kabul',
        entity_id: 'place:af:kabul',
        country: 'AF',
        lat: 34.53,
        lon: 69.17,
      },
      fatalities: { quote: 'killing two soldiers', value: 2, qualifier: 'exact' },
    },
  ],
});

const session = uiSession([taiz, kabul]);

describe('the map legend', () => {
  it.each(['en', 'ar'] as const)(
    'covers no event when the map frames what the filters select (%s)',
    async (locale) => {
      const { page, trouble, close } = await openPage(session.browser, locale);
      try {
        await page.goto(`${session.ui.url}#/`);
        await page.waitForSelector('.explore[data-state="ready"]');
        expect(await page.locator('.type-legend').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(
          true,
        );
        expect(await page.locator('path.event-marker').count()).toBe(2);
        const covered = await page.locator('path.event-marker').evaluateAll((paths) => {
          const legend = document.querySelector('.type-legend')!.getBoundingClientRect();
          return paths
            .map((p) => p.getBoundingClientRect())
            .filter(
              (box) =>
                box.right > legend.left &&
                box.left < legend.right &&
                box.bottom > legend.top &&
                box.top < legend.bottom,
            ).length;
        });
        await shot(page, `map-legend-clear-${locale}`);
        expect(covered).toBe(0);
        expect(trouble.errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

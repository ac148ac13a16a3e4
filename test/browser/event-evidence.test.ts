import { describe, expect, it } from 'vitest';
import { openPage, shot } from './browser-session.js';
import { buildArticle } from './fixtures/article-builder.js';
import { uiSession } from './ui-server.js';

// Written for this test: a long report whose one event is told in its last paragraph.
const BACKGROUND = Array.from(
  { length: 30 },
  (_, i) =>
    `Background paragraph ${i + 1} recalls the talks, the ceasefire and the years of the conflict before.`,
);
const EVENT =
  'A drone strike hit a fuel depot outside Marib on Tuesday, killing three guards, officials said.';
const longReport = buildArticle({
  source: 'marib-depot.txt',
  language: 'en',
  title: 'Drone strike hits fuel depot near Marib',
  published: '2024-04-03',
  lines: [...BACKGROUND, EVENT],
  events: [
    {
      sentence: EVENT,
      type: 'Explosions/Remote violence',
      subType: 'Air/drone strike',
      typeQuote: 'drone strike',
      date: '2024-04-02',
      dateQuote: 'on Tuesday',
      place: {
        quote: 'Marib',
        name: 'Marib',
        entity_id: 'place:ye:marib',
        country: 'YE',
        lat: 15.46,
        lon: 45.32,
      },
      fatalities: { quote: 'killing three guards', value: 3, qualifier: 'exact' },
    },
  ],
});

const session = uiSession([longReport]);

describe('the event page', () => {
  it("opens the article at the event's sentence, however far down the article tells it", async () => {
    const { page, trouble, close } = await openPage(session.browser);
    try {
      await page.goto(`${session.ui.url}#/events/${longReport.events[0].id}`);
      await page.waitForSelector('.event-page[data-state="ready"]');
      const sentence = page.locator('.event-article mark[data-fields~="evidence"]').first();
      await expect.poll(async () => (await sentence.boundingBox())!.y).toBeLessThan(900);
      expect((await sentence.boundingBox())!.y).toBeGreaterThan(0);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The title stays above the scrolled text, so the reader knows which article the words are from.
      const title = (await page.locator('.event-article h2').boundingBox())!;
      const column = (await page.locator('.event-article').boundingBox())!;
      expect(title.y).toBeGreaterThanOrEqual(column.y);
      await shot(page, 'event-evidence-in-view');
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

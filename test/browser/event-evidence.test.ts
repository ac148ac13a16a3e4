import { describe, expect, it } from 'vitest';
import { openPage, shot } from './browser-session.js';
import { buildArticle, spanOf } from './fixtures/article-builder.js';
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

// Written for this test: a report that names its town in the first line and again in the last, the event's.
const OPENING = 'Residents of Hajjah counted the damage on Wednesday.';
const RAID = 'An air raid struck a bridge near Hajjah on Monday, killing two drivers, residents said.';
const twoMentions = buildArticle({
  source: 'hajjah-bridge.txt',
  language: 'en',
  title: 'Air raid hits bridge near Hajjah',
  published: '2024-05-08',
  lines: [OPENING, ...BACKGROUND, RAID],
  events: [
    {
      sentence: RAID,
      type: 'Explosions/Remote violence',
      subType: 'Air/drone strike',
      typeQuote: 'air raid',
      date: '2024-05-06',
      dateQuote: 'on Monday',
      place: {
        quote: 'Hajjah',
        name: 'Hajjah',
        entity_id: 'place:ye:hajjah',
        country: 'YE',
        lat: 15.69,
        lon: 43.6,
      },
    },
  ],
});
// The place is told twice: in the opening line and in the event's sentence, far below.
const raidText = twoMentions.text;
const inRaid = raidText.indexOf('Hajjah', raidText.indexOf(RAID));
twoMentions.events[0].location!.spans = [spanOf(raidText, 'Hajjah'), [inRaid, inRaid + 'Hajjah'.length]];

const session = uiSession([longReport, twoMentions]);

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

  it('opens the article at the words of whichever quote of a field the reader clicks', async () => {
    const { page, trouble, close } = await openPage(session.browser);
    try {
      await page.goto(`${session.ui.url}#/events/${twoMentions.events[0].id}`);
      await page.waitForSelector('.event-page[data-state="ready"]');
      const column = page.locator('.event-article');
      const places = column.locator('mark[data-fields~="location"]');
      expect(await places.count()).toBe(2);
      const inView = async (i: number): Promise<boolean> => {
        const [mark, box] = [(await places.nth(i).boundingBox())!, (await column.boundingBox())!];
        return mark.y >= box.y && mark.y + mark.height <= box.y + box.height;
      };
      // The page opens on the event's sentence, at the foot of the article: the first mention is far above.
      await expect.poll(() => inView(1)).toBe(true);
      expect(await inView(0)).toBe(false);
      const quotes = page.locator('tr[data-field="location"] button.quote-jump');
      expect(await quotes.count()).toBe(2);
      await quotes.first().click();
      await expect.poll(() => inView(0)).toBe(true);
      expect(await places.first().getAttribute('class')).toContain('active');
      await quotes.last().click();
      await expect.poll(() => inView(1)).toBe(true);
      // The words stay highlighted after the second quote: a quote chooses its field, it does not toggle it.
      expect(await places.last().getAttribute('class')).toContain('active');
      // Only the article column scrolled: the page's title is where it was.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await shot(page, 'event-evidence-second-quote');
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("colours the words the type and sub-type share in the type's colour, as the type's swatch", async () => {
    const { page, trouble, close } = await openPage(session.browser);
    try {
      await page.goto(`${session.ui.url}#/events/${twoMentions.events[0].id}`);
      await page.waitForSelector('.event-page[data-state="ready"]');
      const words = page.locator('.event-article mark[data-fields~="event_type"]');
      expect(await words.getAttribute('data-fields')).toContain('sub_event_type');
      const background = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await background('.event-article mark[data-fields~="event_type"]')).toBe(
        await background('tr[data-field="event_type"] .swatch'),
      );
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

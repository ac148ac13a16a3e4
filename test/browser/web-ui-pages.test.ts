import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { shot } from './browser-session.js';
import { browserArticles, HOSTILE_MARKUP } from './fixtures/browser-articles.js';
import { eventRows as rows, pageDriver } from './page-driver.js';
import { uiSession } from './ui-server.js';
import { formatPercent } from '../../web/src/i18n/locale.js';

const articles = browserArticles();
const mosul = articles.find((a) => a.source === 'mosul-market.txt')!;
const hostile = articles.find((a) => a.source === 'baghdad-markup.txt')!;
const ALL_EVENTS = articles.reduce((n, a) => n + a.events.length, 0);

const session = uiSession(articles);
const { withPage, explore } = pageDriver(session);

// The pages of one event, entity or article, the interface in Arabic, and the downloads.
describe('the web UI in Chromium', () => {
  it('opens an event and highlights its evidence in the Arabic article, right to left', async () => {
    await withPage(async (page) => {
      await explore(page);
      await rows(page).filter({ hasText: 'Mosul' }).click();
      await page.waitForSelector('.event-page[data-state="ready"]');
      const text = page.locator('.article-text');
      expect(await text.getAttribute('dir')).toBe('rtl');
      expect(await text.getAttribute('lang')).toBe('ar');
      const fatalities = text.locator('mark[data-fields~="fatalities"]');
      expect(await fatalities.textContent()).toBe('١٢ شخصاً على الأقل');
      expect(await text.locator('mark[data-fields~="location"]').textContent()).toBe('مدينة الموصل');
      // The sub-type rests on the type's words: said once, not quoted twice.
      expect(await page.textContent('tr[data-field="sub_event_type"] td:last-child')).toContain(
        'the same words as Event type',
      );
      expect(await page.locator('tr[data-field="event_type"] q.quote').count()).toBeGreaterThan(0);
      const colour = await fatalities.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(colour).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
      // Each paragraph finds its own direction: the Arabic ones read right to left.
      const directions = await text
        .locator('p')
        .evaluateAll((ps) => ps.map((p) => [p.getAttribute('dir'), getComputedStyle(p).direction]));
      expect(directions.every(([attr]) => attr === 'auto')).toBe(true);
      expect(directions[0][1]).toBe('rtl');
      // A mixed line: the English quote reads left to right inside an Arabic sentence read right to left.
      const x = await text.locator('p', { hasText: 'the blast' }).evaluate((p) => {
        const node = [...p.childNodes].find((n) => n.textContent?.includes('the blast'))!;
        const left = (word: string): number => {
          const range = document.createRange();
          const at = node.textContent!.indexOf(word);
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          return range.getBoundingClientRect().left;
        };
        return { opening: left('وقال'), the: left('the'), street: left('street') };
      });
      expect(x.the).toBeLessThan(x.street);
      expect(x.opening).toBeGreaterThan(x.street);
      // The related-links line is greyed and labelled, and is not evidence.
      const removed = text.locator('mark[data-fields~="removed:related-links"]');
      expect(await removed.count()).toBe(1);
      expect(await text.locator('.run-label').textContent()).toBe('Removed: related links');
      await page.locator('tr[data-field="fatalities"] button.link-button').click();
      expect(await fatalities.getAttribute('class')).toContain('active');
      expect(await text.getAttribute('class')).toContain('focused');
      await shot(page, 'event-arabic-evidence');
    });
  });

  it('switches the interface to Arabic, right to left, with Arabic names, and remembers it', async () => {
    await withPage(async (page) => {
      await explore(page);
      await page.click('#language-switch');
      await page.waitForSelector('.explore[data-state="ready"]');
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.textContent('.filter-bar h2')).toBe('عوامل التصفية');
      expect(await page.textContent('#event-list h2')).toBe(`${ALL_EVENTS} أحداث`);
      // The layout mirrors: filters on the right, the list on the left.
      const filters = await page.locator('.filters-area').boundingBox();
      const list = await page.locator('.list-area').boundingBox();
      expect(filters!.x).toBeGreaterThan(list!.x);
      // Places, actors and countries by their Arabic names: the knowledge base's, by entity id.
      const row = page.locator(`#event-list .event-summary[data-id="${mosul.events[0].id}"]`);
      expect(await row.locator('.event-summary-meta').textContent()).toContain('الموصل، العراق');
      expect(await row.locator('.event-summary-actors').textContent()).toBe('داعش ⟷ الحشد الشعبي');
      expect(await page.locator('#filter-country option[value="IQ"]').textContent()).toBe('العراق');
      await shot(page, 'explore-ar');
      await page.locator(`path.event-marker[data-id="${mosul.events[0].id}"]`).click();
      expect(await page.locator('.map-popup').textContent()).toContain('الموصل');
      await page.goto(`${session.ui.url}#/events/${encodeURIComponent(mosul.events[0].id)}`);
      await page.waitForSelector('.event-page[data-state="ready"]');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.textContent('tr[data-field="fatalities"] th')).toBe('القتلى');
      expect(await page.textContent('.event-meta')).toContain('الموصل');
      // The confidence stands isolated from the Arabic words before it, whatever marks the formatter writes.
      expect(await page.locator('.event-meta bdi').allTextContents()).toContain(
        formatPercent(mosul.events[0].confidence, 'ar'),
      );
      expect(await page.textContent('tr[data-field="location"] td')).toContain('الموصل');
      expect(await page.textContent('tr[data-field="actor2"] td')).toContain('الحشد الشعبي');
      await shot(page, 'event-ar');
      await page.locator('tr[data-field="actor1"] a').click();
      await page.waitForSelector('.entity-page[data-state="ready"]');
      expect(await page.textContent('.entity-page h1')).toBe('داعش · Islamic State');
      // Each list of names reads in its own direction: the English ones left to right, the Arabic right to left.
      const directions = await page
        .locator('.entity-page dd.names')
        .evaluateAll((dds) =>
          dds.map((dd) => `${dd.getAttribute('lang')} ${getComputedStyle(dd).direction}`),
        );
      expect(directions).toEqual(['en ltr', 'ar rtl']);
      await shot(page, 'entity-ar');
    });
  });

  it('shows markup inside an article as text and runs none of it', async () => {
    await withPage(async (page, trouble) => {
      await explore(page);
      // The place name carries markup too: in the list, the tooltip and the popup it stays text.
      const marker = page.locator(`path.event-marker[data-id="${hostile.events[0].id}"]`);
      await marker.hover();
      await page.waitForSelector('.leaflet-tooltip');
      expect(await page.textContent('.leaflet-tooltip')).toContain('Baghdad <img src=x');
      await marker.click();
      await page.waitForSelector('.map-popup');
      expect(await page.locator('.leaflet-container img:not(.leaflet-tile), #event-list img').count()).toBe(
        0,
      );
      await page.goto(`${session.ui.url}#/articles/${hostile.id}`);
      await page.waitForSelector('.article-page[data-state="ready"]');
      expect(await page.textContent('.article-text')).toContain(HOSTILE_MARKUP);
      expect(await page.textContent('.article-page h1')).toContain('<img src=x');
      expect(await page.locator('.article-page img, .article-page script').count()).toBe(0);
      await shot(page, 'article-hostile-markup');
      await page.goto(`${session.ui.url}#/events/${encodeURIComponent(hostile.events[0].id)}`);
      await page.waitForSelector('.event-page[data-state="ready"]');
      expect(await page.textContent('.event-meta')).toContain('Baghdad <img src=x');
      expect(await page.locator('main img, main script').count()).toBe(0);
      // Give an onerror handler every chance to fire before looking for its traces.
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(trouble.dialogs).toEqual([]);
      await shot(page, 'event-hostile-markup');
    });
  });

  it('opens an entity page with its names in English and Arabic', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.ui.url}#/events/${encodeURIComponent(mosul.events[0].id)}`);
      await page.waitForSelector('.event-page[data-state="ready"]');
      await page.locator('tr[data-field="actor1"] a').click();
      await page.waitForSelector('.entity-page[data-state="ready"]');
      expect(await page.textContent('.entity-page h1')).toBe('Islamic State · داعش');
      expect(await page.locator('.entity-page .event-summary').count()).toBe(1);
      await page.locator('.entity-page a', { hasText: 'Show these events on the map' }).click();
      await page.waitForSelector('.explore[data-state="ready"]');
      expect(await rows(page).count()).toBe(1);
      expect(await page.getAttribute('#filter-entity', 'title')).toBe('actor:islamic-state');
      await expect.poll(() => page.textContent('#filter-entity')).toContain('Islamic State');
      await shot(page, 'entity-filter');
    });
  });

  it('offers downloads of exactly the filtered events', async () => {
    await withPage(async (page) => {
      await explore(page, '?country=SY');
      const csv = await page.getAttribute('a.export-link[data-format="csv"]', 'href');
      expect(csv).toBe('api/export?country=SY&format=csv');
      const res = await page.request.get(new URL(csv!, session.ui.url).toString());
      expect(res.status()).toBe(200);
      const [header, ...lines] = (await res.text()).trim().split(/\r?\n/);
      expect(header).toContain('event_date');
      expect(lines).toHaveLength(2);
      expect(await page.locator('a.export-link').count()).toBe(4);
      // A click on a server that asks for no key, with none given, downloads the same file.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('a.export-link[data-format="csv"]'),
      ]);
      expect(download.suggestedFilename()).toBe('marsad-events.csv');
      const clicked = (await readFile((await download.path())!, 'utf8')).trim().split(/\r?\n/);
      expect(clicked).toEqual([header, ...lines]);
    });
  });

  it('saves each export under the name the server gives it, a STIX bundle as .stix.json', async () => {
    await withPage(async (page) => {
      await explore(page, '?country=SY');
      const named = async (format: string) => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.click(`a.export-link[data-format="${format}"]`),
        ]);
        return download.suggestedFilename();
      };
      expect(await named('stix')).toBe('marsad-events.stix.json');
      // "Save link as" names the file from the link itself: the same name.
      expect(await page.getAttribute('a.export-link[data-format="stix"]', 'download')).toBe(
        'marsad-events.stix.json',
      );
      expect(await named('geojson')).toBe('marsad-events.geojson');
    });
  });

  it('says so when an event id does not exist', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.ui.url}#/events/no-such-event`);
      await page.waitForSelector('.page-error[data-state="error"]');
      expect(await page.textContent('.page-error p')).toBe('Nothing has that id.');
    });
  });

  it('opens an address typed in the singular, and says so when an address names no page', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.ui.url}#/entity/actor:islamic-state`);
      await page.waitForSelector('.entity-page[data-state="ready"]');
      expect(await page.textContent('.entity-page h1')).toBe('Islamic State · داعش');
      await page.goto(`${session.ui.url}#/entity`);
      await page.waitForSelector('.page-error[data-state="error"]');
      expect(await page.textContent('.page-error p')).toBe(
        'There is no page at this address: check it, or go back to the map.',
      );
      expect(await page.locator('.explore').count()).toBe(0);
      await page.locator('.page-error a.back').click();
      await page.waitForSelector('.explore[data-state="ready"]');
    });
  });

  it('shows an article posted through the API with its events and their evidence', async () => {
    const text =
      'إدلب - قُتل خمسة أشخاص وأصيب ثمانية آخرون يوم الاثنين في غارة جوية استهدفت سوقاً في مدينة إدلب شمال غربي سوريا.';
    const res = await fetch(`${session.ui.url}api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, source: 'posted.txt', published: '2024-03-26', language: 'ar' }),
    });
    expect(res.status).toBe(201);
    const posted = (await res.json()) as { article_id: string; events: Array<{ id: string }> };
    expect(posted.events.length).toBeGreaterThan(0);
    await withPage(async (page) => {
      await page.goto(`${session.ui.url}#/events/${encodeURIComponent(posted.events[0].id)}`);
      await page.waitForSelector('.event-page[data-state="ready"]');
      expect(await page.locator('.article-text mark[data-fields~="evidence"]').count()).toBeGreaterThan(0);
      await page.goto(`${session.ui.url}#/articles/${posted.article_id}`);
      await page.waitForSelector('.article-page[data-state="ready"]');
      expect(await page.locator('.article-page .event-summary').count()).toBe(posted.events.length);
    });
  });
});

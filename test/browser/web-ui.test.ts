import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, shot, type PageTrouble } from './browser-session.js';
import { browserArticles, HOSTILE_MARKUP } from './fixtures/browser-articles.js';
import { uiSession } from './ui-server.js';
import { formatPercent } from '../../web/src/i18n/locale.js';

const articles = browserArticles();
const mosul = articles.find((a) => a.source === 'mosul-market.txt')!;
const hostile = articles.find((a) => a.source === 'baghdad-markup.txt')!;
const ALL_EVENTS = articles.reduce((n, a) => n + a.events.length, 0);

const session = uiSession(articles);

/** Runs `body` on a fresh page and fails on any script error or failed request it caused. */
async function withPage(
  body: (page: Page, trouble: PageTrouble) => Promise<void>,
  locale: 'en' | 'ar' = 'en',
): Promise<void> {
  const { page, trouble, close } = await openPage(session.browser, locale);
  try {
    await body(page, trouble);
    expect(trouble.errors).toEqual([]);
    expect(trouble.failedRequests.filter((r) => !r.includes('/api/events/no-such-event'))).toEqual([]);
  } finally {
    await close();
  }
}

async function explore(page: Page, query = ''): Promise<void> {
  await page.goto(`${session.ui.url}#/${query}`);
  await page.waitForSelector('.explore[data-state="ready"]');
  await page.waitForSelector('.map[data-basemap="ready"]');
}

const rows = (page: Page) => page.locator('#event-list .event-summary');

describe('the web UI in Chromium', () => {
  it('loads the offline map, the timeline and the list of every event', async () => {
    await withPage(async (page) => {
      await explore(page);
      expect(await page.locator('.leaflet-basemap-pane canvas').count()).toBe(1);
      expect(await rows(page).count()).toBe(ALL_EVENTS);
      // Initiator first; a target alone keeps an unidentified first side.
      const actorsOf = (e: { id: string }) =>
        page.locator(`#event-list .event-summary[data-id="${e.id}"] .event-summary-actors`).textContent();
      expect(await actorsOf(hostile.events[0])).toBe('unidentified ⟷ Civilians');
      expect(await actorsOf(articles.find((a) => a.source === 'aden-protest.txt')!.events[0])).toBe(
        'Police Forces of Yemen',
      );
      // Every point is on top: the basemap, drawn after the first markers, must not cover them.
      const hidden = await page.locator('path.event-marker').evaluateAll(
        (paths) =>
          paths.filter((p) => {
            const box = p.getBoundingClientRect();
            return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) !== p;
          }).length,
      );
      expect(hidden).toBe(0);
      expect(await page.locator('.timeline-chart rect.bar').count()).toBeGreaterThan(10);
      // Idlib and Saraqib, 17 km apart, share one cluster at the first view; the rest are points.
      expect(await page.locator('.cluster[data-count="2"]').count()).toBe(1);
      expect(await page.locator('path.event-marker').count()).toBe(ALL_EVENTS - 2);
      await shot(page, 'explore-en');
    });
  });

  it('fetches the other basemap scale while idle, and draws it when the zoom crosses to it', async () => {
    await withPage(async (page) => {
      const fetched: string[] = [];
      page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
      await explore(page);
      const map = page.locator('.map');
      const first = await map.getAttribute('data-basemap-scale');
      const other = first === '50m' ? '110m' : '50m';
      // No zoom yet: only the idle moment after the page is ready can have asked for it.
      await expect
        .poll(() => fetched.includes(`/assets/countries-${other}.json`), { timeout: 10_000 })
        .toBe(true);
      const button = page.locator(other === '50m' ? '.leaflet-control-zoom-in' : '.leaflet-control-zoom-out');
      await expect
        .poll(
          async () => {
            if (await button.isEnabled()) await button.click();
            return map.getAttribute('data-basemap-scale');
          },
          { timeout: 15_000 },
        )
        .toBe(other);
      expect(fetched.filter((p) => p.endsWith(`countries-${other}.json`))).toHaveLength(1);
    });
  });

  it('keeps the list in step with the map and splits a cluster when it is clicked', async () => {
    const tripoli = articles.find((a) => a.source === 'tripoli-clashes.txt')!.events[0].id;
    await withPage(async (page) => {
      await explore(page);
      await rows(page).first().hover();
      await expect.poll(() => page.locator('path.event-ring').count()).toBe(1);
      await page.locator(`path.event-marker[data-id="${tripoli}"]`).click();
      await expect.poll(() => page.locator('#event-list .event-summary.selected').count()).toBe(1);
      expect(await page.locator('#event-list .event-summary.selected').getAttribute('data-id')).toBe(tripoli);
      expect(await page.locator('.map-popup a').getAttribute('href')).toBe(`#/events/${tripoli}`);
      expect(await page.locator('.leaflet-tooltip:visible').count()).toBe(0); // the popup says it once
      await page.locator('.cluster[data-count="2"]').click();
      await expect.poll(() => page.locator('path.event-marker').count()).toBe(ALL_EVENTS);
      expect(await page.locator('.cluster').count()).toBe(0);
    });
  });

  it('filters by country and keeps the filter in the address', async () => {
    await withPage(async (page) => {
      await explore(page);
      await page.waitForSelector('#filter-country option[value="SY"]', { state: 'attached' });
      await page.selectOption('#filter-country', 'SY');
      await page.waitForSelector('.explore[data-state="ready"]');
      const places = await rows(page).locator('.event-summary-meta').allTextContents();
      expect(places).toHaveLength(2);
      expect(places.every((p) => p.includes('Syria'))).toBe(true);
      expect(new URL(page.url()).hash).toBe('#/?country=SY');
      await shot(page, 'explore-filter-syria');
      await page.reload();
      await page.waitForSelector('.explore[data-state="ready"]');
      expect(await rows(page).count()).toBe(2);
    });
  });

  it('finds events by Arabic words of their evidence and narrows by type', async () => {
    await withPage(async (page) => {
      await explore(page);
      await page.fill('#filter-q', 'مفخخة');
      await page.press('#filter-q', 'Enter');
      await page.waitForSelector('.explore[data-state="ready"]');
      expect(await rows(page).locator('.event-summary-meta').allTextContents()).toEqual([
        expect.stringContaining('Mosul'),
      ]);
      await page.fill('#filter-q', '');
      await page.press('#filter-q', 'Enter');
      await page.selectOption('#filter-type', 'Explosions/Remote violence');
      await page.waitForSelector('.explore[data-state="ready"]');
      await page.selectOption('#filter-sub_type', 'Air/drone strike');
      await page.waitForSelector('.explore[data-state="ready"]');
      expect(await rows(page).count()).toBe(2);
      expect(new URL(page.url()).hash).toBe(
        '#/?type=Explosions%2FRemote+violence&sub_type=Air%2Fdrone+strike',
      );
    });
  });

  it('filters by actor and by timing, and says when nothing matches', async () => {
    await withPage(async (page) => {
      await explore(page);
      await page.fill('#filter-actor', 'Russia');
      await page.press('#filter-actor', 'Enter');
      await page.waitForSelector('.explore[data-state="ready"]');
      expect(await rows(page).count()).toBe(2);
      await page.selectOption('#filter-timing', 'historical');
      await page.waitForSelector('.explore[data-state="ready"]');
      expect(await rows(page).count()).toBe(0);
      expect(await page.textContent('#event-list .empty')).toBe('No events match these filters.');
      expect(await page.locator('a.export-link').first().isVisible()).toBe(false); // nothing to download
      await page.click('text=Reset filters');
      await page.waitForSelector('.explore[data-state="ready"]');
      expect(await rows(page).count()).toBe(ALL_EVENTS);
      expect(await page.locator('a.export-link[data-format="csv"]').isVisible()).toBe(true);
      expect(await page.inputValue('#filter-actor')).toBe('');
    });
  });

  it('lists only what the map shows when asked to follow it', async () => {
    await withPage(async (page) => {
      await explore(page);
      await page.check('#filter-follow-map');
      await page.waitForSelector('.explore[data-state="ready"]');
      expect(await rows(page).count()).toBe(ALL_EVENTS);
      await page.locator('.cluster[data-count="2"]').click();
      await expect.poll(() => rows(page).count()).toBe(2);
      expect(new URL(page.url()).hash).toMatch(/^#\/\?bbox=/);
      await shot(page, 'explore-follow-map');
    });
  });

  it('narrows the dates by brushing the timeline', async () => {
    await withPage(async (page) => {
      await explore(page);
      const from = await page.locator('rect.bar[data-start="2024-03-04"]').boundingBox();
      const to = await page.locator('rect.bar[data-start="2024-03-09"]').boundingBox();
      if (!from || !to) throw new Error('timeline bars for 4 and 9 March are missing');
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(to.x + to.width / 2, from.y + from.height / 2, { steps: 5 });
      await page.mouse.up();
      await page.waitForSelector('.explore[data-state="ready"]');
      await expect.poll(() => page.inputValue('#filter-since')).toBe('2024-03-04');
      expect(await page.inputValue('#filter-until')).toBe('2024-03-09');
      const dates = await rows(page).locator('.event-summary-meta').allTextContents();
      expect(dates.map((d) => /2024-03-\d\d/.exec(d)?.[0]).sort()).toEqual([
        '2024-03-04',
        '2024-03-04',
        '2024-03-08',
      ]);
      expect(await page.locator('rect.bar-out').count()).toBeGreaterThan(0);
      await shot(page, 'explore-brushed');
    });
  });

  it('narrows the dates from the keyboard on the timeline', async () => {
    await withPage(async (page) => {
      await explore(page);
      const first = await page.locator('rect.bar').first().getAttribute('data-start');
      const third = await page.locator('rect.bar').nth(2).getAttribute('data-end');
      await page.focus('.timeline-chart');
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      expect(await page.textContent('.timeline-frame [aria-live="polite"]')).toBe(`${first} – ${third}`);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.inputValue('#filter-since')).toBe(first);
      expect(await page.inputValue('#filter-until')).toBe(third);
      await page.focus('.timeline-chart');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.inputValue('#filter-since')).toBe('');
    });
  });

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

  it('says the timeline has nothing to chart when no dated event matches', async () => {
    await withPage(async (page) => {
      await explore(page, '?q=words-no-article-has');
      expect(await page.textContent('#event-list .empty')).toBe('No events match these filters.');
      expect(await page.locator('.timeline-chart rect.bar').count()).toBe(0);
      expect(await page.textContent('.timeline-caption')).toBe('No dated events to chart for these filters');
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
      expect(await named('geojson')).toBe('marsad-events.geojson');
    });
  });

  it('takes the keyboard past the map and its markers straight to the list of events', async () => {
    await withPage(async (page) => {
      await explore(page);
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return `${el.tagName.toLowerCase()}.${el.className} ${el.dataset.id ?? ''}`.trim();
        });
      await page.focus('#language-switch');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('button.skip-link');
      // Out of sight until the keyboard reaches it, then readable.
      expect((await page.locator('.skip-link').boundingBox())!.width).toBeGreaterThan(50);
      await page.keyboard.press('Enter');
      expect(await focused()).toBe('h2.list-heading');
      await page.keyboard.press('Tab');
      const first = await rows(page).first().getAttribute('data-id');
      expect(await focused()).toBe(`a.event-summary ${first}`);
      await page.locator('#language-switch').focus();
      expect((await page.locator('.skip-link').boundingBox())!.width).toBeLessThanOrEqual(1);
    });
  });

  it('says so when an event id does not exist', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.ui.url}#/events/no-such-event`);
      await page.waitForSelector('.page-error[data-state="error"]');
      expect(await page.textContent('.page-error p')).toBe('Nothing has that id.');
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

import { describe, expect, it } from 'vitest';
import { shot } from './browser-session.js';
import { browserArticles } from './fixtures/browser-articles.js';
import { eventRows as rows, pageDriver } from './page-driver.js';
import { uiSession } from './ui-server.js';

const articles = browserArticles();
const hostile = articles.find((a) => a.source === 'baghdad-markup.txt')!;
const ALL_EVENTS = articles.reduce((n, a) => n + a.events.length, 0);

const session = uiSession(articles);
const { withPage, explore } = pageDriver(session);

// The explore page: the map, the timeline, the list of events and the filters.
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

  it('says the timeline has nothing to chart when no dated event matches', async () => {
    await withPage(async (page) => {
      await explore(page, '?q=words-no-article-has');
      expect(await page.textContent('#event-list .empty')).toBe('No events match these filters.');
      expect(await page.locator('.timeline-chart rect.bar').count()).toBe(0);
      expect(await page.textContent('.timeline-caption')).toBe('No dated events to chart for these filters');
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
});

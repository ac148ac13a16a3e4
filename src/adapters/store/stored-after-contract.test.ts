import { afterAll, describe, expect, it } from 'vitest';
import { fixtureArticles } from './fixtures/fixture-articles.js';
import { postgresAdapter, sqliteAdapter } from './fixtures/store-adapters.js';

const [mosul, idlib, tripoli] = fixtureArticles();

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe.each([sqliteAdapter(), postgresAdapter()])(
  'what the $name store stored since a visit',
  (adapter) => {
    afterAll(() => adapter.cleanup());

    it('is the events first stored after the visit, however many were stored before', async () => {
      const store = await adapter.open();
      try {
        await store.saveArticle(mosul);
        await store.saveArticle(idlib);
        const visit = await store.stats({});
        expect(visit.lastStored).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect((await store.stats({ storedAfter: visit.lastStored ?? '' })).total).toBe(0);
        await tick();
        // A reprint of a known event (linked to its incident) and one event never seen before.
        await store.saveArticle(fixtureArticles('again')[0]);
        await store.saveArticle(tripoli);
        const fresh = await store.stats({ storedAfter: visit.lastStored ?? '' });
        expect(fresh.total).toBe(2);
        const page = await store.listEvents({ storedAfter: visit.lastStored ?? '', distinct: true });
        expect(page.items.map((e) => e.id)).toEqual([tripoli.events[0].id]);
        // Each event says when it was stored: what dates the STIX report of an undated article.
        expect(page.items[0].stored_at! > visit.lastStored!).toBe(true);
        expect(fresh.lastStored! > visit.lastStored!).toBe(true);
        expect((await store.stats({ country: ['XX'] })).lastStored).toBeNull();
      } finally {
        await store.close();
      }
    });

    it('leaves the events of a database from before stored_at out of what is new', async () => {
      await adapter.asOlderVersion('DROP INDEX events_stored; ALTER TABLE events DROP COLUMN stored_at;');
      const store = await adapter.open();
      try {
        const total = (await store.counts()).events;
        expect((await store.stats({ storedAfter: '2000-01-01T00:00:00.000Z' })).total).toBe(0);
        expect((await store.listEvents({})).items.every((e) => e.stored_at === undefined)).toBe(true);
        await store.saveArticle(fixtureArticles('later')[1]);
        expect((await store.stats({ storedAfter: '2000-01-01T00:00:00.000Z' })).total).toBe(
          (await store.counts()).events - total,
        );
      } finally {
        await store.close();
      }
    });
  },
);

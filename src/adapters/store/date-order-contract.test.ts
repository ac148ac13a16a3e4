import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleOutput } from '../../core/article-output.js';
import { fixtureArticles } from './fixtures/fixture-articles.js';
import { postgresAdapter, sqliteAdapter } from './fixtures/store-adapters.js';

const [mosul, idlib, tripoli] = fixtureArticles();
const undated = (article: ArticleOutput): ArticleOutput => ({
  ...article,
  events: article.events.map((e) => ({ ...e, date: null })),
});
// Undated current news: one with its article's day (2024-03-13), one with no day at all.
const [mosulUndated, , tripoliUndated] = fixtureArticles('undated').map(undated);
// Undated history: the 2019 event of the Idlib article, its date gone.
const [, idlibUndated] = fixtureArticles('undated-history').map(undated);
const history = idlibUndated.events[1];

describe.each([sqliteAdapter(), postgresAdapter()])('events of the $name store in date order', (adapter) => {
  afterAll(() => adapter.cleanup());

  it('put current news before history when dates are unknown, newest first', async () => {
    const store = await adapter.open();
    try {
      const onlyHistory = { ...idlibUndated, events: [history] };
      for (const article of [mosul, idlib, tripoli, mosulUndated, tripoliUndated, onlyHistory])
        await store.saveArticle(article);
      const newest = (await store.listEvents({ sort: '-date' })).items.map((e) => e.id);
      expect(newest).toEqual([
        tripoliUndated.events[0].id, // current, in an undated article: the day it was stored (today)
        mosulUndated.events[0].id, // published 2024-03-13
        mosul.events[0].id, // 2024-03-12
        idlib.events[0].id, // 2024-03-10
        tripoli.events[0].id, // 2024-02-20
        idlib.events[1].id, // 2019
        history.id,
      ]);
      const pages = [];
      let cursor: string | undefined;
      do {
        const page = await store.listEvents({ sort: 'date', limit: 2, cursor });
        pages.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(pages).toEqual([...newest].reverse());
    } finally {
      await store.close();
    }
  });

  it('sorts the events of a database from before the sort key the same way', async () => {
    // As an older version left it: no date_key, and the filter indexes of the date_start order.
    const keyIndexes = ['', '_country', '_type', '_sub_type', '_admin1', '_timing'].map(
      (filter) => `DROP INDEX events${filter}_date_key;`,
    );
    await adapter.asOlderVersion(`${keyIndexes.join(' ')} ALTER TABLE events DROP COLUMN date_key;
      CREATE INDEX events_country_date ON events (country, date_start, id);`);
    const store = await adapter.open();
    try {
      // Opening dropped the index no listing uses any more: the name is free again.
      await adapter.exec('CREATE INDEX events_country_date ON events (country);');
      const ids = (await store.listEvents({ sort: '-date', limit: 2 })).items.map((e) => e.id);
      expect(ids).toEqual([tripoliUndated.events[0].id, mosulUndated.events[0].id]);
      const oldest = (await store.listEvents({ sort: 'date', limit: 2 })).items.map((e) => e.id);
      expect(oldest).toEqual([history.id, idlib.events[1].id]);
    } finally {
      await store.close();
    }
  });

  it('moves undated current news that sorted last, as it used to, to the day it was stored', async () => {
    await adapter.asOlderVersion(
      `UPDATE events SET date_key = '0' WHERE id = '${tripoliUndated.events[0].id}'`,
    );
    const store = await adapter.open();
    try {
      const ids = (await store.listEvents({ sort: '-date', limit: 1 })).items.map((e) => e.id);
      expect(ids).toEqual([tripoliUndated.events[0].id]);
    } finally {
      await store.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServingStore } from '../../core/ports.js';
import { fixtureArticles } from './fixtures/fixture-articles.js';
import { postgresAdapter, sqliteAdapter } from './fixtures/store-adapters.js';

describe.each([sqliteAdapter(), postgresAdapter()])('batches in the $name store', (adapter) => {
  let store: ServingStore;

  beforeAll(async () => {
    store = await adapter.open();
  });
  afterAll(async () => {
    await store?.close();
    await adapter.cleanup();
  });

  it('saves a batch in one go, in order, storing content repeated within it once', async () => {
    const [first, second] = fixtureArticles('batch');
    const copy = { ...first, source: 'elsewhere/batch-copy.txt' };
    const before = await store.counts();
    const results = await store.saveArticles([first, copy, second]);
    expect(results).toEqual([
      { articleId: first.id, inserted: true, events: first.events.length },
      { articleId: first.id, inserted: false, events: first.events.length },
      { articleId: second.id, inserted: true, events: second.events.length },
    ]);
    expect(await store.counts()).toEqual({
      articles: before.articles + 2,
      events: before.events + first.events.length + second.events.length,
    });
  });

  it('stores nothing of a batch when one of its articles cannot be stored', async () => {
    const [, , third] = fixtureArticles('all-or-none');
    const before = await store.counts();
    const broken = { ...third, id: `${third.id}-broken`, content_hash: 'x'.repeat(64), events: [] };
    // Two articles with one id: the second insert breaks the primary key.
    const clash = { ...broken, content_hash: 'y'.repeat(64) };
    await expect(store.saveArticles([third, broken, clash])).rejects.toThrow(/STORE_FAILED|3 articles/);
    expect(await store.counts()).toEqual(before);
  });

  it('refuses a compact record by its source and stores nothing of its batch', async () => {
    const [first, second] = fixtureArticles('compact');
    // What `marsad extract --compact` prints: no text, sentences or mentions.
    const { text: _t, sentences: _s, mentions: _m, ...compact } = second;
    const before = await store.counts();
    await expect(store.saveArticles([first, compact as typeof second])).rejects.toMatchObject({
      code: 'INPUT_COMPACT',
      message: expect.stringContaining(`${second.source}: \`marsad extract --compact\` output`),
    });
    expect(await store.counts()).toEqual(before);
  });
});

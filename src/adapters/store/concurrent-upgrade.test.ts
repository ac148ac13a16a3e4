import { afterAll, describe, expect, it } from 'vitest';
import { fixtureArticles } from './fixtures/fixture-articles.js';
import { postgresAdapter } from './fixtures/store-adapters.js';
import type { ReindexNotice } from './index.js';

// Each open has its own pool, so the two upgrades run on two connections, as from two processes.
describe('two opens of an older PostgreSQL store at once', () => {
  const adapter = postgresAdapter();
  afterAll(() => adapter.cleanup());

  it('re-index it once: the second waits for the first, then finds it current', async () => {
    const store = await adapter.open();
    await store.saveArticles(fixtureArticles());
    const { articles } = await store.counts();
    await store.close();
    await adapter.asOlderVersion();
    const heard: ReindexNotice[][] = [[], []];
    const stores = await Promise.all(
      heard.map((notices) => adapter.open({ onReindex: (n) => notices.push(n) })),
    );
    await Promise.all(stores.map((s) => s.close()));
    // One of them told of the re-index; the other only that it waited for it.
    expect(heard.flat().filter((n) => n.phase === 'started')).toEqual([{ phase: 'started', articles }]);
    expect(heard.map((notices) => notices.map((n) => n.phase)).sort()).toEqual([
      ['started', 'finished'],
      ['waiting'],
    ]);
    // Both open the upgraded store: its search finds what stems find.
    const reopened = await adapter.open();
    try {
      expect((await reopened.listEvents({ text: 'killing' })).items).not.toHaveLength(0);
    } finally {
      await reopened.close();
    }
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { fixtureArticles } from './fixtures/fixture-articles.js';
import { postgresAdapter, sqliteAdapter } from './fixtures/store-adapters.js';
import type { ReindexNotice } from './index.js';

const [mosul] = fixtureArticles();
const clash = mosul.events[0].id;
/** A sort key an older version wrote, which an upgrade rewrites. */
const OLD_KEY = `UPDATE events SET date_key = '0' WHERE id = '${clash}';`;
/** An index an older version made, which an upgrade drops. */
const OLD_INDEX = 'CREATE INDEX events_timing ON events (timing);';

describe.each([sqliteAdapter(), postgresAdapter()])('the schema version of a $name store', (adapter) => {
  afterAll(() => adapter.cleanup());

  const reopened = async () => {
    const store = await adapter.open();
    await store.close();
  };
  /** Whether the old index is still there: creating it again fails only when it is. */
  const oldIndexKept = () =>
    adapter.exec(OLD_INDEX).then(
      () => false,
      () => true,
    );

  it('lets a store already at the current version open without upgrading anything', async () => {
    const store = await adapter.open();
    await store.saveArticle(mosul);
    await store.close();
    await adapter.exec(`${OLD_KEY} ${OLD_INDEX}`);
    await reopened();
    // The old index an upgrade drops is still there: the open did no upgrade work.
    expect(await oldIndexKept()).toBe(true);
  });

  it('upgrades a store from before the current version once, on its next open', async () => {
    await adapter.asOlderVersion();
    await reopened();
    expect(await oldIndexKept()).toBe(false);
    await adapter.exec(`DROP INDEX events_timing; ${OLD_KEY} ${OLD_INDEX}`);
    await reopened();
    // Upgraded and at the current version again: the next open leaves things alone.
    expect(await oldIndexKept()).toBe(true);
  });

  it("reads where an article's day came from out of its record, for a store from before that was kept", async () => {
    await adapter.asOlderVersion('ALTER TABLE articles DROP COLUMN published_from;');
    const store = await adapter.open();
    try {
      expect(await store.getEvent(clash)).toMatchObject({ published_from: mosul.published?.from });
    } finally {
      await store.close();
    }
  });

  it('re-indexes the free text of a store from before stems were indexed, on its next open', async () => {
    // What that version wrote: the words as written, no stems.
    await adapter.asOlderVersion(
      "DELETE FROM event_terms WHERE term LIKE '~%'; DELETE FROM article_terms WHERE term LIKE '~%';",
    );
    const store = await adapter.open();
    try {
      // The evidence says "killed" and "attacked".
      const found = await store.listEvents({ text: 'killing attacks' });
      expect(found.items.map((e) => e.id)).toEqual([clash]);
    } finally {
      await store.close();
    }
  });

  it('tells the opener when the re-index starts, with the articles, and when it is done', async () => {
    const store = await adapter.open();
    await store.saveArticles(fixtureArticles('copy'));
    const { articles } = await store.counts();
    await store.close();
    await adapter.asOlderVersion();
    const notices: ReindexNotice[] = [];
    await adapter.open({ onReindex: (n) => notices.push(n) }).then((store) => store.close());
    expect(notices).toEqual([
      { phase: 'started', articles },
      { phase: 'finished', articles, milliseconds: expect.any(Number) },
    ]);
    // Already re-indexed: the next open has nothing to tell.
    await adapter.open({ onReindex: (n) => notices.push(n) }).then((store) => store.close());
    expect(notices).toHaveLength(2);
  });
});

describe.each([sqliteAdapter(), postgresAdapter()])('a new, empty $name store', (adapter) => {
  afterAll(() => adapter.cleanup());

  it('opens without a word of re-indexing: there is nothing to re-index', async () => {
    const notices: ReindexNotice[] = [];
    await adapter.open({ onReindex: (n) => notices.push(n) }).then((store) => store.close());
    expect(notices).toEqual([]);
  });
});

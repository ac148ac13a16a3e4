import { afterAll, describe, expect, it } from 'vitest';
import type { KnownNamesOf } from './article-rows.js';
import { fixtureArticles } from './fixtures/fixture-articles.js';
import { postgresAdapter, sqliteAdapter } from './fixtures/store-adapters.js';

const [mosul, idlib] = fixtureArticles();
const mosulClash = mosul.events[0].id;
/** The Idlib article's second event, which Islamic State claimed. */
const idlibClaim = idlib.events[1].id;

// What the knowledge base would answer for the English article's place and sides; invented spellings and
// aliases stand in for nothing the texts say, so only the lookup can put them in the index.
const KNOWN: ReadonlyMap<string, string[]> = new Map([
  ['place:iq:mosul', ['الموصل', 'نينوى الكبرى']],
  ['actor:forces:iq:military', ['القوات العسكرية العراقية']],
  ['actor:islamic-state', ['تنظيم الدولة الإسلامية', 'Daesh', 'ISIL']],
]);
const knownNamesOf: KnownNamesOf = (ref) => KNOWN.get(ref.entity_id ?? ref.name) ?? [];

describe.each([sqliteAdapter(), postgresAdapter()])(
  'the other names of records in a $name store',
  (adapter) => {
    afterAll(() => adapter.cleanup());
    let loads = 0;
    const withKnownNames = () =>
      adapter.open({
        knownNames: async () => {
          loads += 1;
          return knownNamesOf;
        },
      });
    const found = async (text: string) => {
      const store = await withKnownNames();
      try {
        return (await store.listEvents({ text })).items.map((e) => e.id);
      } finally {
        await store.close();
      }
    };

    it('are not loaded by a store that only reads', async () => {
      const store = await withKnownNames();
      await store.listEvents({ text: 'Mosul' });
      await store.close();
      expect(loads).toBe(0);
    });

    it('find an English article by the Arabic name of its place, with or without the article al-', async () => {
      const store = await withKnownNames();
      await store.saveArticles([mosul, idlib]);
      await store.close();
      expect(loads).toBe(1);
      expect(await found('الموصل')).toEqual([mosulClash]);
      expect(await found('بالموصل')).toEqual([mosulClash]);
    });

    it('find it by an Arabic alias of its place as well', async () => {
      expect(await found('نينوى')).toEqual([mosulClash]);
    });

    it('find it by the Arabic name of a side, every word of the query matched', async () => {
      expect(await found('القوات العراقية')).toEqual([mosulClash]);
      expect(await found('القوات الروسية')).toEqual([]);
    });

    it('find the events of a side or claimant by an English alias neither article wrote', async () => {
      expect((await found('Daesh')).sort()).toEqual([mosulClash, idlibClaim].sort());
      expect((await found('isil Mosul')).sort()).toEqual([mosulClash]);
      expect(await found('"Daesh fighters"')).toEqual([]);
    });

    it('are added to the index of a store from before they were kept, on its next open', async () => {
      const [copy] = fixtureArticles('copy');
      const plain = await adapter.open();
      await plain.saveArticle(copy);
      await plain.close();
      expect(await found('الموصل')).toEqual([mosulClash]);
      await adapter.asOlderVersion();
      expect((await found('الموصل')).sort()).toEqual([mosulClash, copy.events[0].id].sort());
    });
  },
);

describe.each([sqliteAdapter(), postgresAdapter()])('a $name store opened without them', (adapter) => {
  afterAll(() => adapter.cleanup());

  it('finds an English article by its English names only', async () => {
    const store = await adapter.open();
    try {
      await store.saveArticle(mosul);
      expect((await store.listEvents({ text: 'الموصل' })).items).toEqual([]);
      expect((await store.listEvents({ text: 'Mosul' })).items).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});

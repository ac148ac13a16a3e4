import { afterAll, describe, expect, it } from 'vitest';
import { fixtureArticles } from './fixtures/fixture-articles.js';
import { postgresAdapter, sqliteAdapter } from './fixtures/store-adapters.js';

describe.each([sqliteAdapter(), postgresAdapter()])(
  'the names of an entity in the $name store',
  (adapter) => {
    afterAll(() => adapter.cleanup());

    it("are the knowledge base's and the text's, not the label an event gives its actor", async () => {
      const [, , march] = fixtureArticles('crowd');
      const [event] = march.events;
      const crowd = event.actor1?.spans[0] ?? [0, 0];
      // The text's crowd resolved to the protesters, and the event, turned violent, labels them as ACLED does.
      const article = {
        ...march,
        mentions: [
          ...march.mentions,
          { name: 'Protesters', entity_id: 'actor:protesters', kind: 'group', span: crowd, via: 'name' },
        ],
        events: [
          { ...event, actor1: { name: 'Rioters (Libya)', entity_id: 'actor:protesters', spans: [crowd] } },
        ],
      } as typeof march;
      const store = await adapter.open();
      try {
        await store.saveArticle(article);
        const entity = await store.getEntity('actor:protesters');
        expect(entity).toMatchObject({ name: 'Protesters', events: 1 });
        expect(entity?.names.en).not.toContain('Rioters (Libya)');
      } finally {
        await store.close();
      }
    });

    it("still name an actor no mention of the article names by its event's label", async () => {
      const [, , march] = fixtureArticles('unmentioned');
      const [event] = march.events;
      const article = {
        ...march,
        events: [
          { ...event, actor1: { name: 'Harbour Guard', entity_id: 'actor:harbour-guard', spans: [] } },
        ],
      } as typeof march;
      const store = await adapter.open();
      try {
        await store.saveArticle(article);
        expect((await store.getEntity('actor:harbour-guard'))?.names.en).toEqual(['Harbour Guard']);
      } finally {
        await store.close();
      }
    });

    it('lose such a label on the first open of a store an older version wrote it into', async () => {
      // What that version stored beside the names: the label as an English name of the protesters.
      await adapter.asOlderVersion(
        "INSERT INTO entity_names (entity_id, kind, name, lang, norm, canonical) VALUES ('actor:protesters', 'group', 'Rioters (Libya)', 'en', 'rioters (libya)', 1);",
      );
      const store = await adapter.open();
      try {
        const entity = await store.getEntity('actor:protesters');
        expect(entity).toMatchObject({ name: 'Protesters', articles: 1 });
        expect(entity?.names.en).not.toContain('Rioters (Libya)');
        expect((await store.getEntity('actor:harbour-guard'))?.names.en).toEqual(['Harbour Guard']);
      } finally {
        await store.close();
      }
    });
  },
);

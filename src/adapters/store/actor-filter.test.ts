import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleOutput } from '../../core/article-output.js';
import type { ServingStore } from '../../core/ports.js';
import { fixtureArticles } from './fixtures/fixture-articles.js';
import { postgresAdapter, sqliteAdapter } from './fixtures/store-adapters.js';

const [mosul, idlib] = fixtureArticles();

/** The Idlib strike told again, struck this time by a coalition its text names by what it fights. */
function coalitionStrike(): ArticleOutput {
  const name = 'التحالف الدولي ضد تنظيم الدولة';
  const text = `${idlib.text} ${name}`;
  const span: [number, number] = [text.length - name.length, text.length];
  const [event] = idlib.events;
  return {
    ...idlib,
    id: `${idlib.id}-coalition`,
    content_hash: `${idlib.content_hash}-coalition`,
    text,
    mentions: [
      ...(idlib.mentions ?? []),
      {
        span,
        entity_id: 'actor:us-led-coalition',
        kind: 'igo',
        name: 'US-led Coalition',
        via: 'alias',
        score: 1,
      },
    ],
    events: [
      {
        ...event,
        id: `${event.id}-coalition`,
        actor1: { name: 'US-led Coalition', entity_id: 'actor:us-led-coalition', spans: [span] },
      },
    ],
  };
}

describe.each([sqliteAdapter(), postgresAdapter()])('the actor filter of the $name store', (adapter) => {
  let store: ServingStore;
  const ids = async (actor: string) => (await store.listEvents({ actor })).items.map((e) => e.id).sort();

  beforeAll(async () => {
    store = await adapter.open();
    for (const article of [mosul, idlib, coalitionStrike()]) await store.saveArticle(article);
  });
  afterAll(async () => {
    await store?.close();
    await adapter.cleanup();
  });

  it('finds a side by a name the text used for it', async () => {
    expect(await ids('التحالف الدولي')).toEqual([`${idlib.events[0].id}-coalition`]);
  });

  it('does not take a side named for what it fights for that enemy', async () => {
    expect(await ids('تنظيم الدولة')).toEqual([mosul.events[0].id, idlib.events[1].id].sort());
  });
});

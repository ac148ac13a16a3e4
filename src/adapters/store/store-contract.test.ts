import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFilter, ServingStore } from '../../core/ports.js';
import { fixtureArticles } from './fixtures/fixture-articles.js';
import { postgresAdapter, sqliteAdapter } from './fixtures/store-adapters.js';

const [mosul, idlib, tripoli] = fixtureArticles();
const mosulClash = mosul.events[0].id;
const [idlibStrike, aleppoAttack] = idlib.events.map((e) => e.id);
const tripoliProtest = tripoli.events[0].id;

describe.each([sqliteAdapter(), postgresAdapter()])('the $name store', (adapter) => {
  let store: ServingStore;
  // The same database, with every search-term, actor and entity filter in its per-event probing form.
  let probing: ServingStore;
  const ids = async (filter: EventFilter, from = store) =>
    (await from.listEvents(filter)).items.map((e) => e.id).sort();

  beforeAll(async () => {
    store = await adapter.open();
    for (const article of [mosul, idlib, tripoli]) await store.saveArticle(article);
    probing = await adapter.open({ broadRows: 0 });
  });
  afterAll(async () => {
    // The schema is dropped even when a failed open left a store unset.
    await probing?.close();
    await store?.close();
    await adapter.cleanup();
  });

  it('keeps the whole article and returns it unchanged', async () => {
    expect(await store.getArticle(idlib.id)).toEqual(idlib);
  });

  it('stores nothing twice when the same content is saved again', async () => {
    const again = await store.saveArticle({ ...mosul, source: 'elsewhere/copy.txt' });
    expect(again).toEqual({ articleId: mosul.id, inserted: false, events: 1 });
    expect(await store.counts()).toEqual({ articles: 3, events: 4 });
  });

  it('returns an event with its article fields and evidence spans', async () => {
    const event = await store.getEvent(idlibStrike);
    expect(event).toMatchObject({
      article_id: idlib.id,
      language: 'ar',
      published: '2024-03-11',
      published_from: idlib.published?.from,
    });
    // No other stored article reports the same incident.
    expect(event).toMatchObject({ incident_id: idlibStrike, reports: 1 });
    expect(event?.evidence).toEqual(idlib.events[0].evidence);
    expect(await store.getEvent('no-such-event')).toBeNull();
  });

  it.each<[string, EventFilter, string[]]>([
    ['country', { country: ['SY'] }, [idlibStrike, aleppoAttack]],
    ['several countries', { country: ['IQ', 'LY'] }, [mosulClash, tripoliProtest]],
    ['admin1 from the place mention', { admin1: 'Nineveh' }, [mosulClash]],
    ['a bounding box', { bbox: [35, 34, 38, 37] }, [idlibStrike, aleppoAttack]],
    ['a box across the antimeridian', { bbox: [170, -10, -170, 10] }, []],
    ['event type', { type: 'Protests' }, [tripoliProtest]],
    ['sub-event type', { subType: 'Air/drone strike' }, [idlibStrike]],
    ['actor by entity id, any role', { actor: 'actor:islamic-state' }, [mosulClash, aleppoAttack]],
    ['actor by English name part', { actor: 'forces of russia' }, [idlibStrike]],
    ['actor by the Arabic name a text used', { actor: 'تنظيم الدولة' }, [mosulClash, aleppoAttack]],
    ['actor unknown to the knowledge base', { actor: 'Protesters' }, [tripoliProtest]],
    ['entity as place', { entity: 'place:sy:idlib' }, [idlibStrike]],
    ['timing', { timing: 'historical' }, [aleppoAttack]],
    ['since (a year-precise date overlaps)', { since: '2019-06-01', until: '2019-12-31' }, [aleppoAttack]],
    ['since', { since: '2024-03-10' }, [idlibStrike, mosulClash]],
    ['until', { until: '2024-02-28' }, [aleppoAttack, tripoliProtest]],
    ['until a month, to its last day', { until: '2024-02' }, [aleppoAttack, tripoliProtest]],
    ['since and until a year', { since: '2019', until: '2019' }, [aleppoAttack]],
    ['minimum fatalities', { minFatalities: 8 }, [mosulClash]],
    ['English text in the evidence', { text: 'checkpoint' }, [mosulClash]],
    ['English text in the article title', { text: 'fuel prices' }, [tripoliProtest]],
    ['Arabic text with clitics and hamza folded', { text: 'الغارة على ادلب' }, [idlibStrike, aleppoAttack]],
    ['Arabic text written with diacritics', { text: 'قُتِلَ' }, [idlibStrike, aleppoAttack]],
    ['text only in removed boilerplate', { text: 'Baghdad' }, []],
    ["the English name of an Arabic article's place", { text: 'Idlib' }, [idlibStrike]],
    ['the English name of a side an Arabic article names', { text: 'Russia' }, [idlibStrike]],
    ['other inflections of English words in the evidence', { text: 'killing attacks' }, [mosulClash]],
    ['another inflection of an English word in the title', { text: 'price' }, [tripoliProtest]],
    ['a quoted English word as written', { text: '"killed" checkpoint' }, [mosulClash]],
    ['a quoted English word, not its inflections', { text: '"kill"' }, []],
    ['a quoted phrase in the evidence', { text: '"army checkpoint"' }, [mosulClash]],
    ['quoted words that are in the evidence but not side by side', { text: '"killed checkpoint"' }, []],
    ['quoted words in the other order', { text: '"checkpoint army"' }, []],
    [
      'a quoted phrase in the evidence or a record name',
      { text: '"Islamic State"' },
      [aleppoAttack, mosulClash],
    ],
    ['a quoted Arabic phrase, folded', { text: '"الغارة الجوية"' }, [idlibStrike]],
    ['an English prefix', { text: 'check*' }, [mosulClash]],
    ['an Arabic prefix, its clitics stripped', { text: 'والمدني*' }, [idlibStrike, aleppoAttack]],
    ['a prefix that starts no word', { text: 'checkz*' }, []],
    ['several filters together', { country: ['SY'], timing: 'current', minFatalities: 1 }, [idlibStrike]],
  ])('filters by %s', async (_name, filter, expected) => {
    expect(await ids(filter)).toEqual([...expected].sort());
    expect(await ids(filter, probing)).toEqual([...expected].sort());
  });

  it.each<[NonNullable<EventFilter['sort']>, string[]]>([
    ['-date', [mosulClash, idlibStrike, tripoliProtest, aleppoAttack]],
    ['date', [aleppoAttack, tripoliProtest, idlibStrike, mosulClash]],
    ['-fatalities', [mosulClash, idlibStrike, tripoliProtest, aleppoAttack].slice(0, 2)],
  ])('pages through every event in %s order, one at a time', async (sort, expectedHead) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listEvents({ sort, limit: 1, cursor });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    expect(seen.slice(0, expectedHead.length)).toEqual(expectedHead);
  });

  it('rejects a cursor it did not issue, naming the parameter', async () => {
    await expect(store.listEvents({ cursor: 'bm9wZQ' })).rejects.toThrow(/cursor/);
    const { nextCursor } = await store.listEvents({ sort: 'date', limit: 1 });
    await expect(store.listEvents({ sort: '-date', cursor: nextCursor ?? '' })).rejects.toThrow(/cursor/);
  });

  it('counts events by day, type and country under a filter', async () => {
    const stats = await store.stats({ country: ['SY', 'IQ'] });
    expect(stats.total).toBe(3);
    expect(stats.byDay).toEqual([
      { key: '2024-03-10', count: 1 },
      { key: '2024-03-12', count: 1 },
    ]);
    expect(stats.byCountry).toEqual([
      { key: 'IQ', count: 1 },
      { key: 'SY', count: 2 },
    ]);
    expect(stats.byType.map((r) => r.key)).toEqual([
      'Battles',
      'Explosions/Remote violence',
      'Violence against civilians',
    ]);
  });

  it('knows an entity by its names in both languages and counts what involves it', async () => {
    expect(await store.getEntity('actor:islamic-state')).toEqual({
      id: 'actor:islamic-state',
      kind: 'armed-group',
      name: 'Islamic State',
      names: { en: ['Islamic State'], ar: ['تنظيم الدولة'] },
      articles: 2,
      events: 2,
    });
    expect((await store.findEntities('ادلب', 10)).map((e) => e.id)).toEqual(['place:sy:idlib']);
    expect(await store.getEntity('place:nowhere')).toBeNull();
  });

  it('summarises every entity a search finds exactly as it summarises one', async () => {
    const found = await store.findEntities('a', 50);
    expect(found.length).toBeGreaterThan(3);
    for (const entity of found) expect(entity).toEqual(await store.getEntity(entity.id));
    expect(found.some((e) => e.events > 1)).toBe(true);
  });

  it('does not count a demonym as one of a country’s names', async () => {
    expect((await store.getEntity('country:RU'))?.names).toEqual({ en: ['Russia'], ar: [] });
  });

  it('stores API keys by hash, finds them, and revokes them once', async () => {
    const key = {
      id: 'k1',
      role: 'editor' as const,
      label: 'desk',
      hash: 'ab'.repeat(32),
      created_at: '2024-01-01T00:00:00Z',
      revoked_at: null,
    };
    await store.saveKey(key);
    expect(await store.findKeyByHash(key.hash)).toEqual(key);
    expect(await store.activeKeyCount()).toBe(1);
    expect(await store.revokeKey('k1', '2024-02-01T00:00:00Z')).toBe(true);
    expect(await store.revokeKey('k1', '2024-02-02T00:00:00Z')).toBe(false);
    expect(await store.activeKeyCount()).toBe(0);
    expect((await store.listKeys())[0].revoked_at).toBe('2024-02-01T00:00:00Z');
  });

  it("says of an article dated only by the day it was fetched that its events' day is that", async () => {
    const [fetched] = fixtureArticles('fetched');
    fetched.published = { value: '2024-03-20', spans: [], from: 'retrieved' };
    await store.saveArticle(fetched);
    const event = await store.getEvent(fetched.events[0].id);
    expect(event).toMatchObject({ published: '2024-03-20', published_from: 'retrieved' });
    // An undated article's events say neither.
    expect(await store.getEvent(tripoliProtest)).toMatchObject({ published: null, published_from: null });
  });
});

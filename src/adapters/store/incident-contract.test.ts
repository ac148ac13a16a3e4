import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleOutput } from '../../core/article-output.js';
import type { ServingStore } from '../../core/ports.js';
import { incidentReport, PLACES, type ReportSpec } from './fixtures/incident-reports.js';
import { postgresAdapter, sqliteAdapter } from './fixtures/store-adapters.js';

const islamicState = { name: 'Islamic State', entity_id: 'actor:islamic-state' };
const bombing: Omit<ReportSpec, 'outlet'> = {
  published: '2024-06-02',
  date: '2024-06-01',
  place: PLACES.baghdad,
  type: 'Explosions/Remote violence',
  subType: 'Suicide bomb',
};
const report = (outlet: string, changes: Partial<ReportSpec> = {}) =>
  incidentReport({ ...bombing, outlet, ...changes });

// Saved in this order; the first is the incident every "links" case must join.
const first = report('Desk A', { actor1: islamicState });
const linked: [string, ArticleOutput][] = [
  ['another outlet, dated a day later', report('Desk B', { date: '2024-06-02', published: '2024-06-03' })],
  ['the same outlet again, edited', report('Desk A', { actor1: islamicState, note: 'Updated with a toll.' })],
  [
    'a sub-type in dispute but the same perpetrator',
    report('Desk C', { subType: 'Remote explosive/landmine/IED', actor1: islamicState }),
  ],
  ['no sub-type', report('Desk D', { subType: undefined })],
  [
    'a historical reference on the same day',
    report('Desk E', { published: '2024-09-01', timing: 'historical' }),
  ],
];
const separate: [string, ArticleOutput][] = [
  ['a different city', report('Desk F', { place: PLACES.basra })],
  ['a different event type', report('Desk G', { type: 'Battles', subType: 'Armed clash' })],
  ['dates three days apart', report('Desk H', { date: '2024-06-04', published: '2024-06-04' })],
  ['a different country', report('Desk I', { place: PLACES.damascus })],
  ['a contradicting sub-type', report('Desk J', { subType: 'Air/drone strike' })],
  ['a country-level place', report('Desk K', { place: PLACES.iraq })],
  ['a historical reference a day off', report('Desk L', { date: '2024-05-31', timing: 'historical' })],
];

describe.each([sqliteAdapter(), postgresAdapter()])('incident linking in the $name store', (adapter) => {
  let store: ServingStore;
  const eventOf = (a: ArticleOutput) => store.getEvent(a.events[0].id);
  const allLinks = async () =>
    (await store.listEvents({ limit: 1000 })).items.map((e) => [e.id, e.incident_id, e.reports]);

  beforeAll(async () => {
    store = await adapter.open();
    for (const article of [first, ...[...linked, ...separate].map(([, a]) => a)])
      await store.saveArticle(article);
  });
  afterAll(async () => {
    await store?.close();
    await adapter.cleanup();
  });

  it('makes the first report its own incident, counting every report of it', async () => {
    expect(await eventOf(first)).toMatchObject({
      incident_id: first.events[0].id,
      reports: 1 + linked.length,
    });
  });

  it.each(linked)('links a report of the same incident from %s', async (_name, article) => {
    expect(await eventOf(article)).toMatchObject({
      incident_id: first.events[0].id,
      reports: 1 + linked.length,
    });
  });

  it.each(separate)('does not link a report of %s', async (_name, article) => {
    expect(await eventOf(article)).toMatchObject({ incident_id: article.events[0].id, reports: 1 });
  });

  it('changes no link when an article is saved again', async () => {
    const before = await allLinks();
    for (const article of [first, linked[0][1], separate[0][1]])
      expect(await store.saveArticle(article)).toMatchObject({ inserted: false });
    expect(await allLinks()).toEqual(before);
  });

  it('lists one event per incident, the first report, when asked for distinct events', async () => {
    const all = await store.listEvents({ limit: 1000 });
    const distinct = await store.listEvents({ distinct: true, limit: 1000 });
    expect(all.items).toHaveLength(1 + linked.length + separate.length);
    expect(distinct.items).toHaveLength(1 + separate.length);
    expect(distinct.items.find((e) => e.id === first.events[0].id)?.reports).toBe(1 + linked.length);
    const reports = distinct.items.reduce((sum, e) => sum + (e.reports ?? 0), 0);
    expect(reports).toBe(all.items.length);
  });

  it('pages through distinct events with the same cursor as all events', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listEvents({ distinct: true, sort: 'date', limit: 2, cursor });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(1 + separate.length);
  });

  it('never links an article’s events to each other', async () => {
    const one = report('Desk M', { place: PLACES.basra, date: '2024-07-10' });
    const twice = { ...one, events: [one.events[0], { ...one.events[0], id: `${one.events[0].id}b` }] };
    await store.saveArticle(twice);
    for (const e of twice.events)
      expect(await store.getEvent(e.id)).toMatchObject({ incident_id: e.id, reports: 1 });
  });

  it('links reports of one incident saved in one batch, and in batches saved at the same moment', async () => {
    const inBatch = (day: string, outlets: string[]) =>
      outlets.map((outlet) => report(outlet, { place: PLACES.basra, date: day, published: day }));
    const one = inBatch('2024-10-05', ['Desk R', 'Desk S', 'Desk T']);
    expect((await store.saveArticles(one)).map((r) => r.inserted)).toEqual([true, true, true]);
    expect((await Promise.all(one.map(eventOf))).map((e) => [e?.incident_id, e?.reports])).toEqual(
      one.map(() => [one[0].events[0].id, 3]),
    );
    // Two writers, each holding the locks of a whole batch: neither waits on the other in a cycle.
    const [left, right] = [inBatch('2024-11-07', ['Desk U', 'Desk V']), inBatch('2024-11-07', ['Desk W'])];
    await Promise.all([store.saveArticles(left), store.saveArticles(right)]);
    const events = await Promise.all([...left, ...right].map(eventOf));
    expect(new Set(events.map((e) => e?.incident_id)).size).toBe(1);
  });

  it('saves at the same moment two batches that name two countries in opposite orders', async () => {
    const at = (place: (typeof PLACES)['basra'], outlet: string) =>
      report(outlet, { place, date: '2024-12-02', published: '2024-12-02' });
    // Article by article, these writers would lock Iraq then Syria and Syria then Iraq: a deadlock.
    const left = [at(PLACES.basra, 'Desk X'), at(PLACES.damascus, 'Desk Y')];
    const right = [at(PLACES.damascus, 'Desk Z'), at(PLACES.basra, 'Desk Ω')];
    const saved = await Promise.all([store.saveArticles(left), store.saveArticles(right)]);
    expect(saved.flat().map((r) => r.inserted)).toEqual([true, true, true, true]);
    const incidents = async (batch: ArticleOutput[]) =>
      (await Promise.all(batch.map(eventOf))).map((e) => e?.incident_id);
    const [[basraLeft, damascusLeft], [damascusRight, basraRight]] = await Promise.all([
      incidents(left),
      incidents(right),
    ]);
    expect([basraLeft === basraRight, damascusLeft === damascusRight]).toEqual([true, true]);
  });

  it('links reports of one incident saved at the same moment', async () => {
    const at = { place: PLACES.basra, date: '2024-08-20', published: '2024-08-20' };
    const reports = ['Desk N', 'Desk O', 'Desk P', 'Desk Q'].map((outlet) => report(outlet, at));
    await Promise.all(reports.map((a) => store.saveArticle(a)));
    const events = await Promise.all(reports.map(eventOf));
    expect(new Set(events.map((e) => e?.incident_id)).size).toBe(1);
    expect(events.map((e) => e?.reports)).toEqual([4, 4, 4, 4]);
  });
});

describe.each([sqliteAdapter(), postgresAdapter()])('a $name store written before incidents', (adapter) => {
  afterAll(() => adapter.cleanup());

  it('makes each stored event its own incident, and links new reports to them', async () => {
    let store = await adapter.open();
    await store.saveArticle(first);
    await store.close();
    await adapter.asOlderVersion(
      'DROP INDEX events_incident; DROP INDEX events_incident_key; ALTER TABLE events DROP COLUMN incident_id;',
    );
    store = await adapter.open();
    try {
      expect(await store.getEvent(first.events[0].id)).toMatchObject({
        incident_id: first.events[0].id,
        reports: 1,
      });
      const next = linked[0][1];
      await store.saveArticle(next);
      expect(await store.getEvent(next.events[0].id)).toMatchObject({
        incident_id: first.events[0].id,
        reports: 2,
      });
    } finally {
      await store.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFilter } from '../../core/ports.js';
import { eventPageQuery } from './event-query.js';
import { memberships } from './membership-filters.js';
import { postgresAdapter, sqliteAdapter } from './fixtures/store-adapters.js';

// Enough rows, spread over forty countries, nine types, thirty regions and two timings, that reading a
// filter's index beats scanning the date order for every filter below, once statistics are taken.
const EVENTS = 20_000;
const FILL = `
  INSERT INTO articles (id, content_hash, source, json) VALUES ('a1', 'h1', 'plan.txt', '{}');
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${EVENTS})
  INSERT INTO events (id, article_id, date_start, date_end, date_key, event_type, sub_event_type, timing,
    fatalities_key, country, admin1, json, incident_id, stored_at)
  SELECT 'e' || i, 'a1', '', '', 'k' || (i % 997), 'type' || (i % 9), 'sub' || (i % 25),
    CASE WHEN i % 10 = 0 THEN 'historical' ELSE 'current' END,
    -1, 'C' || (i % 40), 'region' || (i % 30), '{}', 'e' || i, ''
  FROM n;
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${EVENTS})
  INSERT INTO event_terms (term, event_id) SELECT 'word' || i, 'e' || i FROM n;
  ANALYZE;`;

// The default listing, and the same order under each common filter, with the index that should serve it.
const LISTINGS: Array<[string, EventFilter, string]> = [
  ['no filter', {}, 'events_date_key'],
  ['a country', { country: ['C7'] }, 'events_country_date_key'],
  ['an event type', { type: 'type3' }, 'events_type_date_key'],
  ['a sub-event type', { subType: 'sub4' }, 'events_sub_type_date_key'],
  ['a region', { admin1: 'region5' }, 'events_admin1_date_key'],
  ['historical events', { timing: 'historical' }, 'events_timing_date_key'],
];

describe.each([sqliteAdapter(), postgresAdapter()])('event listings on the $name store', (adapter) => {
  beforeAll(async () => {
    await (await adapter.open()).close();
    await adapter.exec(FILL);
  });
  afterAll(() => adapter.cleanup());

  it.each(LISTINGS)('read %s newest first off an index, with no sort step', async (_name, filter, index) => {
    for (const sort of ['-date', 'date'] as const) {
      const query = eventPageQuery(adapter.builder, { ...filter, sort, limit: 50 }).compile();
      const plan = (await adapter.explain(query)).join('\n');
      expect(plan).toContain(index);
      // SQLite says "USE TEMP B-TREE FOR ORDER BY" when it sorts, PostgreSQL shows a Sort node.
      expect(plan).not.toMatch(/TEMP B-TREE|^Sort|-> {2}Sort/m);
    }
  });

  it('reads the words a prefix search starts off the term index, as a range', async () => {
    const [prefix] = memberships({ text: 'word123*' });
    const query = adapter.builder
      .selectFrom('events')
      .select('events.id')
      .where((eb) => prefix.within(eb))
      .compile();
    const plan = (await adapter.explain(query)).join('\n');
    expect(plan).toMatch(/SEARCH event_terms .*\(term>\? AND term<\?\)|Index Cond: \(\(term >= /);
  });
});

import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ArticleOutput, StoredEvent } from '../../core/article-output.js';
import { compactRecordError, MarsadError } from '../../core/errors.js';
import type { EventFilter, EventPage, SaveResult, ServingStore, Stats, StatsRow } from '../../core/ports.js';
import { rowsOf, type KnownNamesOf, type ArticleRows } from './article-rows.js';
import { encodeCursor } from './event-cursor.js';
import { eventPageQuery, eventsWithArticle, filterExpression, SORT_COLUMN } from './event-query.js';
import { entityQueries } from './entity-queries.js';
import { insertChunked } from './insert-chunked.js';
import { incidentIdsOf, incidentLockKeys, reportCounts, type IncidentLock } from './incident-links.js';
import { keyQueries } from './key-queries.js';
import { BROAD_ROWS, broadMemberships } from './membership-filters.js';
import type { SchemaVersion } from './schema-version.js';
import { createTables, type StoreTables } from './store-schema.js';
import type { ReindexNotice } from './term-index.js';

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;

export interface StoreOptions {
  /**
   * Matches above which a search term, actor or entity filter is probed per event in sort order
   * instead of collected first (see membership-filters.ts). Tests set 0 to run the probing form.
   */
  broadRows?: number;
  /**
   * Only open a store that is already there: a command that uses one (`marsad events`, `keys`, `serve`)
   * given a mistyped SQLite path says so instead of creating an empty database; `marsad ingest` and
   * `worker` create it. PostgreSQL ignores it.
   */
  existing?: boolean;
  /**
   * Told when opening a store written before stemmed search starts re-indexing its articles' search terms
   * (once; seconds per thousand articles), and when that is done, or that it waits for another process's
   * upgrade of the same PostgreSQL store: a command says why it waits.
   */
  onReindex?: (notice: ReindexNotice) => void;
  /**
   * Loads the knowledge base's other names of the places and sides event records name (in English): Arabic
   * names and aliases, English aliases. The search index holds them beside the record's names, so a query in
   * either script, by any usual name, finds the event. Called once, the first
   * time the store writes search terms (a save, or the re-index on open): a command that only reads does
   * not load the knowledge base. Without it, events are found by their English names only.
   */
  knownNames?: () => Promise<KnownNamesOf>;
}

type EventJoinRow = Selectable<StoreTables['events']> & {
  source: string;
  language: string | null;
  published: string | null;
  published_from: string | null;
};

/**
 * The Store over any Kysely dialect: SQLite and PostgreSQL adapters only build the Kysely instance.
 *
 * `schemaVersion` is where the dialect keeps the database's schema version; `lock` guards incident linking
 * against concurrent writers where the dialect needs it (PostgreSQL).
 *
 * @example const store = await createKyselyStore(new Kysely<StoreTables>({ dialect }), {}, sqliteSchemaVersion);
 */
export async function createKyselyStore(
  db: Kysely<StoreTables>,
  options: StoreOptions,
  schemaVersion: SchemaVersion,
  lock?: IncidentLock,
): Promise<ServingStore> {
  let knownNames: Promise<KnownNamesOf | undefined> | undefined;
  const loadKnownNames = () => (knownNames ??= options.knownNames?.() ?? Promise.resolve(undefined));
  await createTables(db, schemaVersion, { onReindex: options.onReindex, knownNames: loadKnownNames });
  return {
    ...entityQueries(db),
    ...keyQueries(db),
    saveArticle: async (article) => (await saveArticles(db, [article], await loadKnownNames(), lock))[0],
    saveArticles: async (articles) => saveArticles(db, articles, await loadKnownNames(), lock),
    listEvents: (filter) => listEvents(db, filter, options.broadRows ?? BROAD_ROWS),
    async getEvent(id) {
      const row = await eventsWithArticle(db).where('events.id', '=', id).executeTakeFirst();
      return row ? (await withReports(db, [row]))[0] : null;
    },
    async getArticle(id) {
      const row = await db.selectFrom('articles').select('json').where('id', '=', id).executeTakeFirst();
      return row ? (JSON.parse(row.json) as ArticleOutput) : null;
    },
    stats: (filter) => stats(db, filter),
    async counts() {
      const count = (t: 'articles' | 'events') =>
        db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
      const [articles, events] = await Promise.all([count('articles'), count('events')]);
      return { articles: Number(articles.n), events: Number(events.n) };
    },
    close: () => db.destroy(),
  };
}

// One transaction for the whole batch: a commit per article costs more than writing its rows.
async function saveArticles(
  db: Kysely<StoreTables>,
  articles: readonly ArticleOutput[],
  knownNamesOf: KnownNamesOf | undefined,
  lock?: IncidentLock,
): Promise<SaveResult[]> {
  const missing = articles.find((a) => !a.content_hash);
  if (missing) throw new MarsadError('STORE_FAILED', `${missing.source}: the article has no content_hash`);
  // Checked before the write: a record without them fails deep inside it, in words that name neither.
  const compact = articles.find((a) => typeof a.text !== 'string' || !Array.isArray(a.mentions));
  if (compact) throw compactRecordError(compact.source);
  if (articles.length === 0) return [];
  try {
    return await db.transaction().execute(async (trx) => {
      if (lock) await lock(trx, incidentLockKeys(articles));
      const results: SaveResult[] = [];
      for (const article of articles) results.push(await saveInTransaction(trx, article, knownNamesOf));
      return results;
    });
  } catch (error) {
    const sources = articles.length === 1 ? articles[0].source : `${articles.length} articles`;
    throw new MarsadError('STORE_FAILED', `${sources}: ${(error as Error).message}`, { cause: error });
  }
}

// The caller holds the incident locks of the whole transaction.
async function saveInTransaction(
  trx: Transaction<StoreTables>,
  article: ArticleOutput,
  knownNamesOf: KnownNamesOf | undefined,
): Promise<SaveResult> {
  const rows = rowsOf(article, new Date().toISOString(), knownNamesOf);
  const inserted = await trx
    .insertInto('articles')
    .values(rows.article)
    .onConflict((oc) => oc.column('content_hash').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return existing(trx, article.content_hash);
  const incidents = await incidentIdsOf(trx, article);
  for (const [i, row] of rows.events.entries()) row.incident_id = incidents[i];
  await insertRows(trx, rows);
  return { articleId: rows.article.id, inserted: true, events: rows.events.length };
}

// The same content was stored before, perhaps from another path: report what is there.
async function existing(trx: Transaction<StoreTables>, contentHash: string): Promise<SaveResult> {
  const row = await trx
    .selectFrom('articles')
    .leftJoin('events', 'events.article_id', 'articles.id')
    .select((eb) => ['articles.id', eb.fn.count('events.id').as('n')])
    .where('articles.content_hash', '=', contentHash)
    .groupBy('articles.id')
    .executeTakeFirstOrThrow();
  return { articleId: row.id, inserted: false, events: Number(row.n) };
}

async function insertRows(trx: Transaction<StoreTables>, rows: ArticleRows): Promise<void> {
  await insertChunked(trx, 'events', rows.events);
  await insertChunked(trx, 'event_entities', rows.eventEntities);
  await insertChunked(trx, 'event_terms', rows.eventTerms);
  await insertChunked(trx, 'article_terms', rows.articleTerms);
  await insertChunked(trx, 'entity_names', rows.entityNames, true);
  await insertChunked(trx, 'entity_articles', rows.entityArticles);
}

// Report counts come from one grouped query per page: stored counts would need rewriting on every link.
async function withReports(db: Kysely<StoreTables>, rows: EventJoinRow[]): Promise<StoredEvent[]> {
  const counts = await reportCounts(
    db,
    rows.map((r) => r.incident_id),
  );
  return rows.map((row) => ({
    ...JSON.parse(row.json),
    article_id: row.article_id,
    source: row.source,
    language: row.language,
    published: row.published,
    published_from: row.published_from,
    incident_id: row.incident_id,
    reports: counts.get(row.incident_id) ?? 1,
    stored_at: row.stored_at || undefined,
  }));
}

async function listEvents(
  db: Kysely<StoreTables>,
  filter: EventFilter,
  broadRows: number,
): Promise<EventPage> {
  const sort = filter.sort ?? '-date';
  const limit = Math.min(Math.max(1, filter.limit ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  const column = SORT_COLUMN[sort];
  const broad = await broadMemberships(db, filter, broadRows);
  const rows = await eventPageQuery(db, { ...filter, sort, limit }, broad).execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > limit && last ? encodeCursor({ sort, key: last[column], id: last.id }) : null;
  return { items: await withReports(db, page), nextCursor };
}

async function stats(db: Kysely<StoreTables>, filter: EventFilter): Promise<Stats> {
  const base = () => db.selectFrom('events').where((eb) => filterExpression(eb, filter));
  const grouped = async (column: 'date_start' | 'event_type' | 'country', dayOnly = false) => {
    let query = base()
      .select((eb) => [eb.ref(`events.${column}`).as('key'), eb.fn.countAll().as('n')])
      .where(`events.${column}`, 'is not', null)
      .groupBy(`events.${column}`)
      .orderBy(`events.${column}`);
    // Only day-precise dates go on the day axis: a month-precise date has no day to count on.
    if (dayOnly)
      query = query
        .whereRef('events.date_start', '=', 'events.date_end')
        .where('events.date_start', '<>', '');
    const rows = await query.execute();
    return rows.map((r): StatsRow => ({ key: String(r.key), count: Number(r.n) }));
  };
  const [byDay, byType, byCountry, total] = await Promise.all([
    grouped('date_start', true),
    grouped('event_type'),
    grouped('country'),
    base()
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('events.stored_at').as('last')])
      .executeTakeFirstOrThrow(),
  ]);
  return { byDay, byType, byCountry, total: Number(total.n), lastStored: total.last || null };
}

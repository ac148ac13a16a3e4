import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import { SCHEMA_VERSION, type SchemaVersion } from './schema-version.js';
import { ENTITY_NAMES_VERSION, rebuildEntityNames } from './entity-names-rebuild.js';
import type { KnownNamesOf } from './article-rows.js';
import { reindexTerms, TERM_INDEX_VERSION, type ReindexNotice } from './term-index.js';

/**
 * The tables both dialects share. Whole records are kept as JSON (`json` columns) so nothing of the
 * marsad/1 output is lost; the other columns are copies made for filtering, sorting and counting.
 */
export interface StoreTables {
  articles: {
    id: string;
    content_hash: string;
    source: string;
    url: string | null;
    language: string | null;
    title: string | null;
    published: string | null;
    /** Where `published` came from: the article's `published.from` (`retrieved` for a crawl's date). */
    published_from: string | null;
    json: string;
  };
  events: {
    id: string;
    article_id: string;
    event_date: string | null;
    /** First and last day the date covers ('' when unknown), so month- and year-precision dates filter right. */
    date_start: string;
    date_end: string;
    /**
     * What the date sorts by: date_start when the date is known; else the article's day for current news
     * (the day it was stored when the article has none), '' for undated history — so current news comes
     * before history.
     */
    date_key: string;
    event_type: string | null;
    sub_event_type: string | null;
    timing: string | null;
    fatalities: number | null;
    /** fatalities, or -1 when unknown: a non-null sort key keeps keyset pagination simple on both dialects. */
    fatalities_key: number;
    injuries: number | null;
    country: string | null;
    admin1: string | null;
    location: string | null;
    lat: number | null;
    lon: number | null;
    geo_precision: string | null;
    actor1: string | null;
    actor2: string | null;
    claimed_by: string | null;
    /** The id of the incident's first stored report (its own id for a first report); see incident-links.ts. */
    incident_id: string;
    /** When the event was first stored (ISO instant, the store's clock); '' for events stored before this was kept. */
    stored_at: string;
    json: string;
  };
  /** Who and where each event involves: actors, claimant and place, by entity id and folded name. */
  event_entities: { event_id: string; entity_id: string | null; role: string; name_norm: string };
  event_terms: { term: string; event_id: string };
  article_terms: { term: string; article_id: string };
  /** canonical = 1 for the English name the knowledge base gives; 0 for the names texts used. */
  entity_names: {
    entity_id: string;
    kind: string;
    name: string;
    lang: string;
    norm: string;
    canonical: number;
  };
  entity_articles: { entity_id: string; article_id: string };
  api_keys: {
    id: string;
    role: string;
    label: string;
    hash: string;
    created_at: string;
    revoked_at: string | null;
  };
}

/** What an upgrade's re-index of the search terms needs from the opener. */
export interface ReindexOptions {
  /** Hears of the one long step, the re-index. */
  onReindex?: (notice: ReindexNotice) => void;
  /** The other names of the record names, loaded only when there is something to re-index. */
  knownNames: () => Promise<KnownNamesOf | undefined>;
}

/**
 * Creates the tables and indexes when they are missing and upgrades a database an older version wrote;
 * safe to run on every open. A database already at `SCHEMA_VERSION` (or a newer one) is left untouched,
 * so an ordinary open runs no upgrade statement.
 */
export async function createTables(
  db: Kysely<StoreTables>,
  schemaVersion: SchemaVersion,
  reindex: ReindexOptions,
): Promise<void> {
  if ((await schemaVersion.read(db)) >= SCHEMA_VERSION) return;
  await schemaVersion.exclusive(
    db,
    async (locked) => {
      // Another process may have upgraded it while this one waited for the lock: read again, so the
      // upgrade (the re-index above all) is not done twice.
      const version = await schemaVersion.read(locked);
      if (version >= SCHEMA_VERSION) return;
      await upgrade(locked, version, reindex);
      await schemaVersion.write(locked, SCHEMA_VERSION);
    },
    () => reindex.onReindex?.({ phase: 'waiting' }),
  );
}

/** Every step from `version` to the current schema, each one safe to run again on a database that has it. */
async function upgrade(db: Kysely<StoreTables>, version: number, reindex: ReindexOptions): Promise<void> {
  const real = sql`double precision`;
  const storedDay = sql`nullif(substr(stored_at, 1, 10), '')`;
  await db.schema
    .createTable('articles')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('language', 'text')
    .addColumn('title', 'text')
    .addColumn('published', 'text')
    .addColumn('published_from', 'text')
    .addColumn('json', 'text', (c) => c.notNull())
    .execute();
  // Databases written before published_from was kept: read from each article's record.
  await addMissingColumn(db, 'articles', 'published_from', jsonText(db, 'json', ['published', 'from']));
  await db.schema
    .createTable('events')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('event_date', 'text')
    .addColumn('date_start', 'text', (c) => c.notNull())
    .addColumn('date_end', 'text', (c) => c.notNull())
    .addColumn('date_key', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text')
    .addColumn('sub_event_type', 'text')
    .addColumn('timing', 'text')
    .addColumn('fatalities', 'integer')
    .addColumn('fatalities_key', 'integer', (c) => c.notNull())
    .addColumn('injuries', 'integer')
    .addColumn('country', 'text')
    .addColumn('admin1', 'text')
    .addColumn('location', 'text')
    .addColumn('lat', real)
    .addColumn('lon', real)
    .addColumn('geo_precision', 'text')
    .addColumn('actor1', 'text')
    .addColumn('actor2', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('json', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .execute();
  // Databases written before incident linking: each event becomes its own incident.
  await addMissingColumn(db, 'events', 'incident_id', sql.ref('id'));
  // Databases written before stored_at was kept: their events are never "new since" a visit.
  await addMissingColumn(db, 'events', 'stored_at', sql.lit(''));
  await addMissingColumn(
    db,
    'events',
    'date_key',
    sql`case when date_start <> '' then date_start when timing = 'historical' then ''
      else coalesce((select substr(published, 1, 10) from articles where articles.id = events.article_id),
        ${storedDay}, '0') end`,
  );
  // Keys written before undated current news went by the day it was stored ('0', which sorted it last).
  await sql`update events set date_key = ${storedDay} where date_key = '0' and stored_at <> ''`.execute(db);
  await db.schema
    .createTable('event_entities')
    .ifNotExists()
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('name_norm', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('event_terms')
    .ifNotExists()
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_terms_pk', ['term', 'event_id'])
    .execute();
  await db.schema
    .createTable('article_terms')
    .ifNotExists()
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_terms_pk', ['term', 'article_id'])
    .execute();
  await db.schema
    .createTable('entity_names')
    .ifNotExists()
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('norm', 'text', (c) => c.notNull())
    .addColumn('canonical', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_names_pk', ['entity_id', 'name'])
    .execute();
  await db.schema
    .createTable('entity_articles')
    .ifNotExists()
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_articles_pk', ['entity_id', 'article_id'])
    .execute();
  await db.schema
    .createTable('api_keys')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await createIndexes(db);
  if (version < TERM_INDEX_VERSION) await reindexTerms(db, reindex.knownNames, reindex.onReindex);
  if (version < ENTITY_NAMES_VERSION) await rebuildEntityNames(db);
}

// Each index serves one filter or sort of listEvents; the sort ones end in id for keyset pagination.
// A new index needs a new SCHEMA_VERSION, or databases already at the current one never get it.
const INDEXES: ReadonlyArray<readonly [string, keyof StoreTables, readonly string[]]> = [
  ['events_article', 'events', ['article_id']],
  ['events_date', 'events', ['date_start', 'id']],
  ['events_date_key', 'events', ['date_key', 'id']],
  ['events_date_end', 'events', ['date_end']],
  ['events_fatalities', 'events', ['fatalities_key', 'id']],
  // A filter followed by the default date order: the page is read off the index, already sorted.
  ['events_country_date_key', 'events', ['country', 'date_key', 'id']],
  ['events_type_date_key', 'events', ['event_type', 'date_key', 'id']],
  ['events_sub_type_date_key', 'events', ['sub_event_type', 'date_key', 'id']],
  ['events_admin1_date_key', 'events', ['admin1', 'date_key', 'id']],
  ['events_timing_date_key', 'events', ['timing', 'date_key', 'id']],
  ['events_lat_lon', 'events', ['lat', 'lon']],
  // Incident linking's candidate query, and counting an incident's reports.
  ['events_incident_key', 'events', ['country', 'event_type', 'date_start']],
  ['events_incident', 'events', ['incident_id']],
  ['events_stored', 'events', ['stored_at']],
  ['event_entities_event', 'event_entities', ['event_id']],
  ['event_entities_entity', 'event_entities', ['entity_id']],
  ['event_entities_name', 'event_entities', ['name_norm']],
  ['entity_names_norm', 'entity_names', ['norm']],
  ['entity_articles_article', 'entity_articles', ['article_id']],
];

/**
 * Adds a column an older database lacks, filled with `value` (nullable, since SQLite cannot add a NOT NULL
 * column without a default).
 */
async function addMissingColumn<T extends 'articles' | 'events'>(
  db: Kysely<StoreTables>,
  table: T,
  column: keyof StoreTables[T] & string,
  value: RawBuilder<unknown>,
): Promise<void> {
  const present = await sql`select ${sql.ref(column)} from ${sql.table(table)} limit 1`.execute(db).then(
    () => true,
    () => false,
  );
  if (present) return;
  await db.schema.alterTable(table).addColumn(column, 'text').execute();
  await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${value}`.execute(db);
}

/**
 * A text field of the JSON record a text column keeps, by its path of keys (null where the record has none):
 * SQLite and PostgreSQL spell this differently.
 */
function jsonText(
  db: Kysely<StoreTables>,
  column: string,
  keys: readonly string[],
): RawBuilder<string | null> {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql`(${sql.ref(column)}::json #>> ${sql.lit(`{${keys.join(',')}}`)})`
    : sql`json_extract(${sql.ref(column)}, ${sql.lit(`$.${keys.join('.')}`)})`;
}

// Filter indexes that ended in date_start, from before date order sorted by date_key: no listing uses them.
const SUPERSEDED_INDEXES = [
  'events_country_date',
  'events_type_date',
  'events_sub_type_date',
  'events_admin1_date',
  'events_timing',
];

async function createIndexes(db: Kysely<StoreTables>): Promise<void> {
  for (const name of SUPERSEDED_INDEXES) await db.schema.dropIndex(name).ifExists().execute();
  for (const [name, table, columns] of INDEXES) {
    await db.schema
      .createIndex(name)
      .ifNotExists()
      .on(table)
      .columns([...columns])
      .execute();
  }
}

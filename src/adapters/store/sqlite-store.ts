import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { MarsadError } from '../../core/errors.js';
import type { ServingStore } from '../../core/ports.js';
import { createKyselyStore, type StoreOptions } from './kysely-store.js';
import { sqliteSchemaVersion } from './schema-version.js';
import type { StoreTables } from './store-schema.js';

// How long a write waits for another process's to end before it fails.
const BUSY_TIMEOUT_MS = 5000;

/**
 * The embedded store: one SQLite file (created if missing, unless `existing`), WAL mode so the server can
 * read while `marsad ingest` writes.
 *
 * @example const store = await createSqliteStore('marsad.db'); await store.saveArticle(article);
 */
export async function createSqliteStore(path: string, options: StoreOptions = {}): Promise<ServingStore> {
  if (options.existing && !existsSync(path)) {
    throw new MarsadError(
      'INPUT_UNREADABLE',
      `${path}: no database here; \`marsad ingest FILES --db ${path}\` makes one`,
    );
  }
  const database = openDatabase(path);
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // A second process writing at the same moment waits instead of failing at once.
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const store = await createKyselyStore(
    new Kysely<StoreTables>({ dialect: new SqliteDialect({ database }) }),
    options,
    sqliteSchemaVersion,
  ).catch((e: unknown) => {
    database.close();
    throw busyUpgrading(path, e);
  });
  refreshStatistics(database);
  return {
    ...store,
    async close() {
      refreshStatistics(database);
      await store.close();
    },
  };
}

/**
 * Opens the file in WAL mode, or says which file is not a database and why: SQLite's own words ("file is
 * not a database") name neither the path nor what to do, and `--db` given a text file is an easy slip.
 */
function openDatabase(path: string): Database.Database {
  let database: Database.Database | undefined;
  try {
    database = new Database(path);
    database.pragma('journal_mode = WAL');
    return database;
  } catch (e) {
    database?.close();
    const reason =
      (e as { code?: string }).code === 'SQLITE_NOTADB'
        ? 'not an SQLite database (give --db a marsad database file, or a new name to make one)'
        : `cannot open it as a database (${(e as Error).message})`;
    throw new MarsadError('INPUT_UNREADABLE', `${path}: ${reason}`, { cause: e });
  }
}

/**
 * Opening writes only to upgrade a database an older version wrote, so a lock that outlasted the busy
 * timeout there is another process upgrading it (the re-index holds the lock for seconds per thousand
 * articles); SQLite's own words, "database is locked", name neither the file nor the wait.
 */
function busyUpgrading(path: string, e: unknown): unknown {
  if (!String((e as { code?: unknown }).code).startsWith('SQLITE_BUSY')) return e;
  return new MarsadError(
    'STORE_BUSY',
    `${path}: another marsad process is upgrading this database (re-indexing its search terms, once); it stayed locked for ${BUSY_TIMEOUT_MS / 1000} s`,
    { cause: e },
  );
}

/**
 * Runs a full ANALYZE when the events table grew or shrank by more than a tenth since the last one.
 * The planner needs true statistics to pick the sort index for broad filters (a country, a type) and a
 * filter's own index for narrow ones; `PRAGMA optimize` samples too few rows to tell them apart.
 */
function refreshStatistics(database: Database.Database): void {
  const { n } = database.prepare('SELECT count(*) AS n FROM events').get() as { n: number };
  let analysed = 0;
  try {
    const row = database.prepare("SELECT stat FROM sqlite_stat1 WHERE tbl = 'events' LIMIT 1").get() as
      { stat: string } | undefined;
    analysed = Number(row?.stat.split(' ')[0] ?? 0);
  } catch {
    // No sqlite_stat1 table yet: the database was never analysed.
  }
  if (n > 0 && (Math.abs(n - analysed) > n / 10 || hasUnanalysedIndex(database))) database.exec('ANALYZE');
}

/** An index added since the last ANALYZE (a schema upgrade) has no statistics, and the planner may misuse it. */
function hasUnanalysedIndex(database: Database.Database): boolean {
  try {
    const { missing } = database
      .prepare(
        `SELECT count(*) AS missing FROM sqlite_master m WHERE m.type = 'index' AND m.tbl_name = 'events'
           AND m.name NOT IN (SELECT idx FROM sqlite_stat1 WHERE tbl = 'events' AND idx IS NOT NULL)`,
      )
      .get() as { missing: number };
    return missing > 0;
  } catch {
    return true; // no sqlite_stat1 yet: never analysed
  }
}

import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { ServingStore } from '../../core/ports.js';
import { createKyselyStore } from './kysely-store.js';
import type { StoreTables } from './store-schema.js';

/**
 * The embedded store: one SQLite file (created if missing), WAL mode so the server can read while
 * `marsad ingest` writes.
 *
 * @example const store = await createSqliteStore('marsad.db'); await store.saveArticle(article);
 */
export async function createSqliteStore(path: string): Promise<ServingStore> {
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // A second process writing at the same moment waits instead of failing at once.
  database.pragma('busy_timeout = 5000');
  return createKyselyStore(new Kysely<StoreTables>({ dialect: new SqliteDialect({ database }) }));
}

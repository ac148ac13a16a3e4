import { sql, type Kysely } from 'kysely';
import type { StoreTables } from './store-schema.js';

/**
 * The schema version this code leaves a database at. Raise it with every change `createTables` must make
 * to a database an older version wrote (a column, an index added or dropped, stored keys rewritten): a
 * database already at this version is opened without any of that work.
 */
export const SCHEMA_VERSION = 7;

/**
 * Where a dialect keeps the schema version of a database; 0 for a new database or one written before
 * versions were kept, which then goes through every upgrade step once.
 */
export interface SchemaVersion {
  read(db: Kysely<StoreTables>): Promise<number>;
  write(db: Kysely<StoreTables>, version: number): Promise<void>;
  /**
   * Runs `upgrade` while no other process upgrades the same database: a second opener waits (and is told
   * so through `onWait` first), then reads the version again (on the `db` it is given) and finds the work done.
   */
  exclusive(
    db: Kysely<StoreTables>,
    upgrade: (db: Kysely<StoreTables>) => Promise<void>,
    onWait?: () => void,
  ): Promise<void>;
}

/** SQLite keeps it in the file's header, `PRAGMA user_version`, where no table is needed. */
export const sqliteSchemaVersion: SchemaVersion = {
  async read(db) {
    const { rows } = await sql<{ user_version: number }>`pragma user_version`.execute(db);
    return rows[0]?.user_version ?? 0;
  },
  async write(db, version) {
    await sql`pragma user_version = ${sql.raw(String(Math.trunc(version)))}`.execute(db);
  },
  // The upgrade opens transactions of its own, which SQLite cannot nest in a lock-taking one. Its write
  // lock holds a second process's upgrade for the busy timeout (then STORE_BUSY, sqlite-store.ts); one let
  // through by a store small enough to be upgraded within it repeats those few seconds' work, harmlessly.
  exclusive: (db, upgrade) => upgrade(db),
};

/** PostgreSQL has no such header: one row of a table of its own, in the store's schema. */
export const postgresSchemaVersion: SchemaVersion = {
  async read(db) {
    // No table yet: a new database, or one from before versions were kept.
    const rows = await sql<{ version: number }>`select version from marsad_schema_version`.execute(db).then(
      (result) => result.rows,
      () => [],
    );
    return rows[0]?.version ?? 0;
  },
  async write(db, version) {
    await db.transaction().execute(async (trx) => {
      await sql`create table if not exists marsad_schema_version (version integer not null)`.execute(trx);
      await sql`delete from marsad_schema_version`.execute(trx);
      await sql`insert into marsad_schema_version (version) values (${version})`.execute(trx);
    });
  },
  // An advisory lock on one connection, held until the version is written. Without it a second process
  // read the old version, waited on the first's re-index, then re-indexed everything again. It is keyed
  // by the schema: stores in other schemas of the same database upgrade meanwhile.
  exclusive(db, upgrade, onWait) {
    const key = sql`hashtext('marsad upgrade ' || current_schema())`;
    return db.connection().execute(async (connection) => {
      const { rows } = await sql<{ free: boolean }>`select pg_try_advisory_lock(${key}) as free`.execute(
        connection,
      );
      if (!rows[0]?.free) {
        onWait?.();
        await sql`select pg_advisory_lock(${key})`.execute(connection);
      }
      try {
        await upgrade(connection);
      } finally {
        await sql`select pg_advisory_unlock(${key})`.execute(connection);
      }
    });
  },
};

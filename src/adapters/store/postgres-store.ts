import { Kysely, PostgresDialect } from 'kysely';
import type { ServingStore } from '../../core/ports.js';
import { postgresIncidentLock } from './incident-links.js';
import { createKyselyStore, type StoreOptions } from './kysely-store.js';
import { postgresSchemaVersion } from './schema-version.js';
import type { StoreTables } from './store-schema.js';

/**
 * The PostgreSQL store. `pg` is imported here only, and this module only when a postgres:// URL is
 * opened, so the embedded default never loads it. A `schema` query parameter selects (and creates) the
 * schema the tables live in: `postgres://user@host/db?schema=marsad`.
 *
 * @example const store = await createPostgresStore('postgres://postgres@127.0.0.1:5432/test?schema=marsad');
 */
export async function createPostgresStore(url: string, options: StoreOptions = {}): Promise<ServingStore> {
  const { default: pg } = await import('pg');
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`schema "${schema}" must be lower-case letters, digits and underscores`);
  }
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  return createKyselyStore(
    new Kysely<StoreTables>({ dialect: new PostgresDialect({ pool }) }),
    options,
    postgresSchemaVersion,
    postgresIncidentLock,
  );
}

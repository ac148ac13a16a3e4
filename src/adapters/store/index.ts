import type { ServingStore } from '../../core/ports.js';
import type { StoreOptions } from './kysely-store.js';
import { createSqliteStore } from './sqlite-store.js';

export { createSqliteStore } from './sqlite-store.js';
export type { StoreTables } from './store-schema.js';
export type { StoreOptions } from './kysely-store.js';
export type { ReindexNotice } from './term-index.js';
export { MIN_PREFIX, shortPrefix } from './search-query.js';

/**
 * Opens the store a URL names: `postgres://…` or `postgresql://…` for PostgreSQL (driver loaded only
 * then), `sqlite:PATH` or a bare file path for SQLite.
 *
 * @example const store = await openStore('marsad.db');
 * @example const store = await openStore('postgres://postgres@127.0.0.1:5432/test?schema=marsad');
 */
export async function openStore(url: string, options: StoreOptions = {}): Promise<ServingStore> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { createPostgresStore } = await import('./postgres-store.js');
    return createPostgresStore(url, options);
  }
  return createSqliteStore(url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url, options);
}

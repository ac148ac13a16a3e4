import type { Kysely } from 'kysely';
import type { StoreTables } from './store-schema.js';

// Rows per INSERT: stays under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const PARAMS_PER_INSERT = 30_000;

/**
 * Inserts rows of one table in as few statements as the bound-parameter limits allow; with
 * `ignoreDuplicates`, a row whose key is already there is skipped.
 */
export async function insertChunked<T extends keyof StoreTables>(
  db: Kysely<StoreTables>,
  table: T,
  values: StoreTables[T][],
  ignoreDuplicates = false,
): Promise<void> {
  if (values.length === 0) return;
  const size = Math.max(1, Math.floor(PARAMS_PER_INSERT / Object.keys(values[0]).length));
  for (let i = 0; i < values.length; i += size) {
    // Kysely cannot relate a generic table name to its row type; the rows were typed by the caller.
    const query = db.insertInto(table).values(values.slice(i, i + size) as never);
    await (ignoreDuplicates ? query.onConflict((oc) => oc.doNothing()) : query).execute();
  }
}

import type { Kysely, Selectable } from 'kysely';
import type { ApiKeyRecord, KeyRole, ServingStore } from '../../core/ports.js';
import type { StoreTables } from './store-schema.js';

type KeyMethods = 'saveKey' | 'findKeyByHash' | 'listKeys' | 'revokeKey' | 'activeKeyCount';

/**
 * API keys live in the event database so one `--db` configures the whole server. Only hashes are stored.
 *
 * @example await keyQueries(db).findKeyByHash(sha256hex(secret))
 */
export function keyQueries(db: Kysely<StoreTables>): Pick<ServingStore, KeyMethods> {
  return {
    async saveKey(key) {
      await db.insertInto('api_keys').values(key).execute();
    },
    async findKeyByHash(hash) {
      const row = await db.selectFrom('api_keys').selectAll().where('hash', '=', hash).executeTakeFirst();
      return row ? keyOf(row) : null;
    },
    async listKeys() {
      const rows = await db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(keyOf);
    },
    async revokeKey(id, at) {
      const result = await db
        .updateTable('api_keys')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async activeKeyCount() {
      const row = await db
        .selectFrom('api_keys')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

function keyOf(row: Selectable<StoreTables['api_keys']>): ApiKeyRecord {
  return { ...row, role: row.role as KeyRole };
}

import type { Kysely } from 'kysely';
import type { ArticleOutput } from '../../core/article-output.js';
import { entityRows } from './article-rows.js';
import { insertChunked } from './insert-chunked.js';
import type { StoreTables } from './store-schema.js';

/**
 * The schema version from which an entity's stored names are the ones `entityRows` chooses today: before it,
 * an event's actor label ("Rioters (Kazakhstan)" for protesters) was kept as a name of its entity. Raise it,
 * and SCHEMA_VERSION with it, whenever the way names are chosen changes.
 */
export const ENTITY_NAMES_VERSION = 4;

// Articles read, and their names written, per round: bounds the memory a large store's rebuild takes.
const ARTICLES_PER_ROUND = 200;

/**
 * Writes every entity's names again from the stored articles' records, in one transaction: a store open
 * elsewhere meanwhile reads the old names whole, then the new ones. Which articles tell of an entity does
 * not change, so its links to them are kept.
 */
export async function rebuildEntityNames(db: Kysely<StoreTables>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('entity_names').execute();
    for (let after = ''; ;) {
      const articles = await trx
        .selectFrom('articles')
        .select(['id', 'json'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(ARTICLES_PER_ROUND)
        .execute();
      if (articles.length === 0) return;
      const names = articles.flatMap((a) => entityRows(JSON.parse(a.json) as ArticleOutput).entityNames);
      await insertChunked(trx, 'entity_names', names, true);
      after = articles[articles.length - 1].id;
    }
  });
}

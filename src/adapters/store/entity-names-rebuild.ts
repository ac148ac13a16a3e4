import type { Kysely } from 'kysely';
import { entityRows } from './article-rows.js';
import { insertChunked } from './insert-chunked.js';
import type { StoreTables } from './store-schema.js';
import { storedArticleRounds } from './stored-article-rounds.js';

/**
 * The schema version from which an entity's stored names are the ones `entityRows` chooses today: before it,
 * an event's actor label ("Rioters (Kazakhstan)" for protesters) was kept as a name of its entity. Raise it,
 * and SCHEMA_VERSION with it, whenever the way names are chosen changes.
 */
export const ENTITY_NAMES_VERSION = 4;

/**
 * Writes every entity's names again from the stored articles' records, in one transaction: a store open
 * elsewhere meanwhile reads the old names whole, then the new ones. Which articles tell of an entity does
 * not change, so its links to them are kept.
 */
export async function rebuildEntityNames(db: Kysely<StoreTables>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('entity_names').execute();
    for await (const round of storedArticleRounds(trx))
      await insertChunked(
        trx,
        'entity_names',
        round.flatMap((a) => entityRows(a).entityNames),
        true,
      );
  });
}

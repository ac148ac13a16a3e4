import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { termRows, type KnownNamesOf } from './article-rows.js';
import { insertChunked } from './insert-chunked.js';
import type { StoreTables } from './store-schema.js';
import { storedArticleRounds } from './stored-article-rounds.js';

/**
 * The schema version from which the term tables hold what `termRows` makes today (English stems beside the
 * words as written, the names each event's record gives its place and sides, in English and with the
 * knowledge base's Arabic names and aliases and English aliases, and the pairs of neighbouring words of its
 * evidence and names). A database from before it is re-indexed once on open. Raise it, and SCHEMA_VERSION with
 * it, whenever the way terms are made changes.
 */
export const TERM_INDEX_VERSION = 7;

/**
 * What opening a store says of its one-time re-index, which takes seconds per thousand articles: when it
 * starts (how many articles), and when it is done (how long it took). A store with no article says nothing.
 * An open that finds another process upgrading the store (PostgreSQL) says it waits for it.
 */
export type ReindexNotice =
  | { phase: 'started'; articles: number }
  | { phase: 'finished'; articles: number; milliseconds: number }
  | { phase: 'waiting' };

/**
 * Rebuilds the free-text index of every stored article from its stored record, in one transaction: a
 * store open elsewhere meanwhile reads the old index whole, then the new one. Also gives PostgreSQL's
 * term columns the C collation, under which a prefix range is read off the term index whatever the
 * database's locale (a linguistic collation orders "kill-" and "killer" by rules no range can follow).
 * Rows a concurrent open already wrote are skipped, so two processes upgrading at once both succeed.
 * `knownNames` loads the record names' other names, as a save gives them; only when there are articles.
 */
export async function reindexTerms(
  db: Kysely<StoreTables>,
  knownNames: () => Promise<KnownNamesOf | undefined>,
  notify: (notice: ReindexNotice) => void = () => undefined,
): Promise<void> {
  const start = Date.now();
  const reindexed = await db.transaction().execute(async (trx) => {
    const { n } = await trx
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const count = Number(n);
    if (count > 0) notify({ phase: 'started', articles: count });
    // Loaded before the first write, which is where SQLite's lock begins: a second opener waits the
    // re-index only, not the knowledge base's loading too.
    const knownNamesOf = count > 0 ? await knownNames() : undefined;
    if (trx.getExecutor().adapter instanceof PostgresAdapter) {
      for (const table of ['event_terms', 'article_terms'])
        await sql`alter table ${sql.table(table)} alter column term type text collate "C"`.execute(trx);
    }
    await trx.deleteFrom('event_terms').execute();
    await trx.deleteFrom('article_terms').execute();
    for await (const round of storedArticleRounds(trx)) {
      const rows = round.map((a) => termRows(a, knownNamesOf));
      await insertChunked(
        trx,
        'event_terms',
        rows.flatMap((r) => r.eventTerms),
        true,
      );
      await insertChunked(
        trx,
        'article_terms',
        rows.flatMap((r) => r.articleTerms),
        true,
      );
    }
    return count;
  });
  if (reindexed > 0) notify({ phase: 'finished', articles: reindexed, milliseconds: Date.now() - start });
}

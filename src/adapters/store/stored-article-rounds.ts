import type { Transaction } from 'kysely';
import type { ArticleOutput } from '../../core/article-output.js';
import type { StoreTables } from './store-schema.js';

// Articles read per round: bounds the memory a large store's rebuild takes.
const ARTICLES_PER_ROUND = 200;

/**
 * Every stored article's record, a round of them at a time in id order, read inside `trx`: what a one-time
 * rebuild of rows derived from the records (search terms, entity names) walks.
 *
 * @example for await (const round of storedArticleRounds(trx)) await insertChunked(trx, 'x', rowsOf(round), true);
 */
export async function* storedArticleRounds(trx: Transaction<StoreTables>): AsyncGenerator<ArticleOutput[]> {
  for (let after = ''; ;) {
    const articles = await trx
      .selectFrom('articles')
      .select(['id', 'json'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(ARTICLES_PER_ROUND)
      .execute();
    if (articles.length === 0) return;
    yield articles.map((a) => JSON.parse(a.json) as ArticleOutput);
    after = articles[articles.length - 1].id;
  }
}

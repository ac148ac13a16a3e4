import type { Kysely } from 'kysely';
import type { EntitySummary, ServingStore } from '../../core/ports.js';
import { foldName } from './search-terms.js';
import type { StoreTables } from './store-schema.js';

/**
 * Entities as the stored articles know them: every name the knowledge base and the texts gave them,
 * and how many articles and events involve them.
 *
 * @example const { getEntity } = entityQueries(db); await getEntity('place:iq:mosul');
 */
export function entityQueries(db: Kysely<StoreTables>): Pick<ServingStore, 'findEntities' | 'getEntity'> {
  async function getEntity(id: string): Promise<EntitySummary | null> {
    const names = await db
      .selectFrom('entity_names')
      .select(['kind', 'name', 'lang', 'canonical'])
      .where('entity_id', '=', id)
      .orderBy('canonical', 'desc')
      .orderBy('name')
      .execute();
    if (names.length === 0) return null;
    const [articles, events] = await Promise.all([
      db
        .selectFrom('entity_articles')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('entity_id', '=', id)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('event_entities')
        .select((eb) => eb.fn.count('event_id').distinct().as('n'))
        .where('entity_id', '=', id)
        .executeTakeFirstOrThrow(),
    ]);
    const canonical = names.find((n) => n.canonical === 1 && n.lang === 'en') ?? names[0];
    return {
      id,
      kind: canonical.kind,
      name: canonical.name,
      names: {
        en: names.filter((n) => n.lang === 'en').map((n) => n.name),
        ar: names.filter((n) => n.lang === 'ar').map((n) => n.name),
      },
      articles: Number(articles.n),
      events: Number(events.n),
    };
  }

  return {
    getEntity,
    async findEntities(query, limit) {
      const folded = foldName(query);
      const rows = await db
        .selectFrom('entity_names')
        .select('entity_id')
        .distinct()
        .where((eb) =>
          folded === ''
            ? eb('entity_id', '=', query)
            : eb.or([eb('entity_id', '=', query), eb('norm', 'like', `%${folded}%`)]),
        )
        .orderBy('entity_id')
        .limit(limit)
        .execute();
      const found = await Promise.all(rows.map((r) => getEntity(r.entity_id)));
      return found.filter((e): e is EntitySummary => e !== null);
    },
  };
}

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
  // Three queries for any number of entities: names, article counts and event counts, each grouped.
  async function summaries(ids: readonly string[]): Promise<EntitySummary[]> {
    if (ids.length === 0) return [];
    const [names, articles, events] = await Promise.all([
      db
        .selectFrom('entity_names')
        .select(['entity_id', 'kind', 'name', 'lang', 'canonical'])
        .where('entity_id', 'in', ids)
        .orderBy('canonical', 'desc')
        .orderBy('name')
        .execute(),
      db
        .selectFrom('entity_articles')
        .select((eb) => ['entity_id', eb.fn.countAll().as('n')])
        .where('entity_id', 'in', ids)
        .groupBy('entity_id')
        .execute(),
      db
        .selectFrom('event_entities')
        .select((eb) => ['entity_id', eb.fn.count('event_id').distinct().as('n')])
        .where('entity_id', 'in', ids)
        .groupBy('entity_id')
        .execute(),
    ]);
    const counts = (rows: { entity_id: string | null; n: unknown }[]) =>
      new Map(rows.map((r) => [r.entity_id, Number(r.n)]));
    const [articleCounts, eventCounts] = [counts(articles), counts(events)];
    const namesOf = new Map<string, typeof names>();
    for (const n of names) {
      const list = namesOf.get(n.entity_id) ?? [];
      if (list.length === 0) namesOf.set(n.entity_id, list);
      list.push(n);
    }
    return ids.flatMap((id) => {
      const own = namesOf.get(id) ?? [];
      if (own.length === 0) return [];
      const canonical = own.find((n) => n.canonical === 1 && n.lang === 'en') ?? own[0];
      return [
        {
          id,
          kind: canonical.kind,
          name: canonical.name,
          names: {
            en: own.filter((n) => n.lang === 'en').map((n) => n.name),
            ar: own.filter((n) => n.lang === 'ar').map((n) => n.name),
          },
          articles: articleCounts.get(id) ?? 0,
          events: eventCounts.get(id) ?? 0,
        },
      ];
    });
  }

  return {
    async getEntity(id) {
      return (await summaries([id]))[0] ?? null;
    },
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
      return summaries(rows.map((r) => r.entity_id));
    },
  };
}

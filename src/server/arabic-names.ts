import type { ArticleOutput } from '../core/article-output.js';
import type { EventRecord } from '../core/records.js';
import type { LookupEntity } from './server-deps.js';

/** Anything that names a knowledge-base entity: a place or actor reference, a mention. */
interface EntityRef {
  name: string;
  entity_id: string | null;
}

/** A reference as the API returns it: the stored English name and, when the knowledge base has one, the Arabic. */
export type WithArabicName<R> = R & { name_ar?: string };

/**
 * Adds `name_ar` beside the stored (English) name of a reference, from the knowledge base by entity id.
 * Stored records keep English names only, so the Arabic interface asks for them at response time: one map
 * lookup per reference, and a changed knowledge base shows at once without rewriting the store.
 *
 * @example arabicNamed({ name: 'Mosul', entity_id: 'place:iq:mosul', spans: [] }, lookup).name_ar === 'الموصل'
 */
export function arabicNamed<R extends EntityRef>(ref: R, knowledge: LookupEntity): WithArabicName<R> {
  const nameAr = ref.entity_id === null ? undefined : knowledge(ref.entity_id)?.name_ar;
  return nameAr ? { ...ref, name_ar: nameAr } : ref;
}

/**
 * An event with `name_ar` on its location and actors wherever the knowledge base knows their entity.
 *
 * @example (await store.listEvents({})).items.map((e) => withArabicNames(e, knowledge))
 */
export function withArabicNames<E extends EventRecord>(event: E, knowledge: LookupEntity): E {
  const named = <R extends EntityRef>(ref: R | null) => ref && arabicNamed(ref, knowledge);
  return {
    ...event,
    location: named(event.location),
    actor1: named(event.actor1),
    actor2: named(event.actor2),
    claimed_by: named(event.claimed_by),
  };
}

/**
 * An article whose events and mentions carry Arabic names, for the article page.
 *
 * @example reply.send(articleWithArabicNames(await store.getArticle(id), knowledge))
 */
export function articleWithArabicNames(article: ArticleOutput, knowledge: LookupEntity): ArticleOutput {
  return {
    ...article,
    mentions: article.mentions.map((m) => arabicNamed(m, knowledge)),
    events: article.events.map((e) => withArabicNames(e, knowledge)),
  };
}

import type { ArticleOutput } from '../core/article-output.js';
import type { EventRecord } from '../core/records.js';
import { loadKnowledgeBase } from '../stages/knowledge/index.js';

/** Finds an entity's Arabic name by id: the loaded knowledge base (`(id) => kb.entities.get(id)`) fits. */
export type ArabicNames = (entityId: string) => { name_ar: string } | null | undefined;

/**
 * The Arabic names of the knowledge base marsad analyses with (shipped, plus the user's folders), for a
 * command that reads the store without running the pipeline.
 *
 * @example const knowledge = await loadArabicNames(config.kbDirs); knowledge('place:iq:mosul')?.name_ar
 */
export async function loadArabicNames(kbDirs: readonly string[]): Promise<ArabicNames> {
  // Loads the whole base (about a second) to look names up by id: fine once per export command.
  const kb = await loadKnowledgeBase({ userDirs: [...kbDirs] });
  return (id) => kb.entities.get(id);
}

/** Anything that names a knowledge-base entity: a place or actor reference, a mention. */
interface EntityRef {
  name: string;
  entity_id: string | null;
}

/** A reference as the API and exports give it: the stored English name and, when the knowledge base has one, the Arabic. */
export type WithArabicName<R> = R & { name_ar?: string };

/**
 * Adds `name_ar` beside the stored (English) name of a reference, from the knowledge base by entity id.
 * Stored records keep English names only, so the Arabic interface and the exports ask for them when they
 * answer: one map lookup per reference, and a changed knowledge base shows at once without rewriting the store.
 *
 * @example arabicNamed({ name: 'Mosul', entity_id: 'place:iq:mosul', spans: [] }, lookup).name_ar === 'الموصل'
 */
export function arabicNamed<R extends EntityRef>(ref: R, knowledge: ArabicNames): WithArabicName<R> {
  const nameAr = ref.entity_id === null ? undefined : knowledge(ref.entity_id)?.name_ar;
  return nameAr ? { ...ref, name_ar: nameAr } : ref;
}

/**
 * The Arabic name a reference was given by `arabicNamed`, or null.
 *
 * @example arabicNameOf(event.location) === 'الموصل'
 */
export function arabicNameOf(ref: EntityRef | null): string | null {
  return (ref as WithArabicName<EntityRef> | null)?.name_ar ?? null;
}

/** The Arabic names `withArabicNames` gave an event's place and actors, as flat export columns. */
export function arabicColumns(e: EventRecord) {
  return {
    location_ar: arabicNameOf(e.location),
    actor1_ar: arabicNameOf(e.actor1),
    actor2_ar: arabicNameOf(e.actor2),
    claimed_by_ar: arabicNameOf(e.claimed_by),
  };
}

/**
 * An event with `name_ar` on its location and actors wherever the knowledge base knows their entity.
 *
 * @example (await store.listEvents({})).items.map((e) => withArabicNames(e, knowledge))
 */
export function withArabicNames<E extends EventRecord>(event: E, knowledge: ArabicNames): E {
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
export function articleWithArabicNames(article: ArticleOutput, knowledge: ArabicNames): ArticleOutput {
  return {
    ...article,
    mentions: article.mentions.map((m) => arabicNamed(m, knowledge)),
    events: article.events.map((e) => withArabicNames(e, knowledge)),
  };
}

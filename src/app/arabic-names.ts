import type { ArticleOutput } from '../core/article-output.js';
import type { EventRecord } from '../core/records.js';
import { loadKnowledgeBase } from '../stages/knowledge/index.js';

/**
 * Finds an entity's Arabic name by id — or, for a reference the pipeline left unlinked, by its English
 * canonical name (ids always hold a colon, names never do) — with the aliases, Arabic and English, that the
 * search index holds beside it (`knownNamesFinder`). `knowledgeLookup(kb.entities)` answers both.
 */
export type ArabicNames = (
  entityIdOrName: string,
) => { name_ar: string; aliases_ar?: readonly string[]; aliases_en?: readonly string[] } | null | undefined;

/** The part of a knowledge-base entity the Arabic names need. */
interface NamedEntity {
  name_en: string;
  name_ar: string;
}

/** A store that finds an entity by English name itself, as the knowledge base's `EntityStore` does. */
interface NameIndexed<E> {
  firstNamed(name: string): E | undefined;
}

/**
 * Looks entities up by id and, for keys without a colon, by English canonical name (the first entity
 * loaded with that name wins, so shipped rows beat imported ones). Sides the extractor implies without a
 * mention ("Police Forces of India") are stored unlinked, under the knowledge base's own English name.
 * A store that indexes names itself answers them (the built knowledge base's, without making every
 * entity); for another map the first name look-up indexes them all.
 *
 * @example knowledgeLookup(kb.entities)('Police Forces of Iraq')?.name_ar === 'الشرطة العراقية'
 */
export function knowledgeLookup<E extends NamedEntity>(
  entities: ReadonlyMap<string, E> & Partial<NameIndexed<E>>,
): (entityIdOrName: string) => E | undefined {
  const byName = entities.firstNamed?.bind(entities) ?? firstNamedIn(entities);
  return (key) => (key.includes(':') ? entities.get(key) : byName(key));
}

/** `NameIndexed.firstNamed` over a plain map: every entity is read once, on the first look-up. */
function firstNamedIn<E extends NamedEntity>(
  entities: ReadonlyMap<string, E>,
): (name: string) => E | undefined {
  let byName: Map<string, E> | undefined;
  return (name) => {
    if (!byName) {
      byName = new Map();
      for (const entity of entities.values())
        if (!byName.has(entity.name_en)) byName.set(entity.name_en, entity);
    }
    return byName.get(name);
  };
}

/**
 * The Arabic names of the knowledge base marsad analyses with (shipped, plus the user's folders), for a
 * command that reads the store without running the pipeline.
 *
 * @example const knowledge = await loadArabicNames(config.kbDirs); knowledge('place:iq:mosul')?.name_ar
 */
export async function loadArabicNames(kbDirs: readonly string[]): Promise<ArabicNames> {
  // Loads the whole base (about a second) to look names up by id: fine once per export command.
  const kb = await loadKnowledgeBase({ userDirs: [...kbDirs] });
  return knowledgeLookup(kb.entities);
}

/** Anything that names a knowledge-base entity: a place or actor reference, a mention. */
interface EntityRef {
  name: string;
  entity_id: string | null;
}

/** A reference as the API and exports give it: the stored English name and, when the knowledge base has one, the Arabic. */
export type WithArabicName<R> = R & { name_ar?: string };

/**
 * Adds `name_ar` beside the stored (English) name of a reference, from the knowledge base by entity id,
 * or by English name when the reference is unlinked. Stored records keep English names only, so the Arabic
 * interface and the exports ask for them when they answer: a map lookup or two per reference, and a
 * changed knowledge base shows at once without rewriting the store.
 *
 * @example arabicNamed({ name: 'Mosul', entity_id: 'place:iq:mosul', spans: [] }, lookup).name_ar === 'الموصل'
 */
export function arabicNamed<R extends EntityRef>(ref: R, knowledge: ArabicNames): WithArabicName<R> {
  const nameAr =
    ref.entity_id === null ? unlinkedArabicName(ref.name, knowledge) : knowledge(ref.entity_id)?.name_ar;
  return nameAr ? { ...ref, name_ar: nameAr } : ref;
}

/** ACLED's generic sides carry their country in brackets: "Protesters (India)", "Rioters (Iraq)". */
const QUALIFIED = /^(.+) \(([^()]+)\)$/;

/** An unlinked name's Arabic: the whole name's, or a generic side's and its country's ("المتظاهرون (الهند)"). */
function unlinkedArabicName(name: string, knowledge: ArabicNames): string | undefined {
  const whole = knowledge(name)?.name_ar;
  if (whole) return whole;
  const qualified = QUALIFIED.exec(name);
  if (!qualified) return undefined;
  const [side, country] = [knowledge(qualified[1])?.name_ar, knowledge(qualified[2])?.name_ar];
  return side && country ? `${side} (${country})` : undefined;
}

/**
 * Every other name the knowledge base gives a reference: the Arabic one `arabicNamed` gives, then the
 * entity's Arabic aliases and its English ones (Kabul is «كابل» and «كابول»; Islamic State is also ISIS, ISIL
 * and Daesh). What the store's search index holds beside the English names of event records
 * (`StoreOptions.knownNames`), so an analyst finds the event by any usual name or spelling, whichever one the
 * article used.
 *
 * @example knownNamesFinder(lookup)({ name: 'Kabul', entity_id: 'place:af:kabul' }) // ['كابل', 'كابول', …]
 */
export function knownNamesFinder(knowledge: ArabicNames): (ref: EntityRef) => readonly string[] {
  return (ref) => {
    // An unlinked side has no entity of its own, only the composed Arabic name `arabicNamed` gives it.
    if (ref.entity_id === null) {
      const name = unlinkedArabicName(ref.name, knowledge);
      return name ? [name] : [];
    }
    const entity = knowledge(ref.entity_id);
    if (!entity) return [];
    return [
      ...(entity.name_ar ? [entity.name_ar] : []),
      ...(entity.aliases_ar ?? []),
      ...(entity.aliases_en ?? []),
    ];
  };
}

/**
 * The Arabic name a reference was given by `arabicNamed`, or its own name when that is written in Arabic
 * (a place the knowledge base does not hold, named as the text spells it), or null.
 *
 * @example arabicNameOf(event.location) === 'الموصل'
 */
export function arabicNameOf(ref: EntityRef | null): string | null {
  if (!ref) return null;
  return (ref as WithArabicName<EntityRef>).name_ar ?? (ARABIC_SCRIPT.test(ref.name) ? ref.name : null);
}

/**
 * A reference's name for an English export column, or null. The stored name is English except where the
 * knowledge base holds no entry (a village it lacks): then it is the text's own Arabic spelling, which
 * `arabicNameOf` gives the `_ar` column; marsad does not transliterate, so the English one stays empty.
 *
 * @example englishNameOf({ name: 'الصفصافة', entity_id: null }) === null
 */
export function englishNameOf(ref: EntityRef | null): string | null {
  return ref && !ARABIC_SCRIPT.test(ref.name) ? ref.name : null;
}

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/**
 * The Arabic names of an event's place and actors, as flat export columns: those `withArabicNames` gave, or
 * the name itself where it is only known in Arabic.
 */
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

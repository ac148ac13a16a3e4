import type { Entity, NameSense, NameTrieNode, NameVia } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import {
  abbreviatedSaint,
  ARTICLE_SKELETON,
  foreignArabicSkeleton,
  looseLatin,
  nameTokens,
  plainArticle,
  skeletonLatin,
  soundSkeleton,
} from './name-tokens.js';

/** @example const trie = createTrie(); addEntityNames(trie, entity); */
export function createTrie(): NameTrieNode {
  return { next: new Map(), senses: undefined };
}

/**
 * Adds one written name under its normalised token path. A second sense of the same entity under the
 * same path keeps the better `via` (name over alias over demonym) so lookups never list an entity twice.
 *
 * @example addName(trie, ['بغداد'], { entity, via: 'name', written: 'بغداد' })
 */
export function addName(trie: NameTrieNode, tokens: readonly string[], sense: NameSense): void {
  if (tokens.length === 0) return;
  let node = trie;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = (node.next ??= new Map());
    let child = next.get(token);
    // Both fields from the start: one shape for every node (smaller, and one shape for the matcher to read).
    if (child === undefined) next.set(token, (child = { next: undefined, senses: undefined }));
    node = child;
  }
  const senses = node.senses;
  // A list made for its first sense holds just that one: an empty list grown by a push reserves sixteen.
  if (senses === undefined) {
    node.senses = [sense];
    return;
  }
  // Names of one entity that differ only in capitals ("Civilians", "civilians") stay apart: the surface
  // filter judges each against the text, and the lower-case one must still match lower-case text.
  let same = -1;
  for (let i = 0; i < senses.length && same < 0; i++) {
    if (senses[i].entity === sense.entity && senses[i].written === sense.written) same = i;
  }
  if (same < 0) senses.push(sense);
  else if (viaRank(sense.via) < viaRank(senses[same].via)) senses[same] = sense;
}

const viaRank = (via: NameVia): number => (via === 'name' ? 0 : via === 'alias' ? 1 : 2);

/**
 * Indexes every name, alias and demonym of an entity, Latin names also under their loose spelling, and the
 * names of curated places (not the worldwide gazetteer's 24k towns, whose skeletons would collide with
 * English words) also under their consonant skeleton.
 *
 * @example addEntityNames(trie, mosul); trie.next?.get('الموصل')?.senses?.[0].entity === mosul
 */
export function addEntityNames(trie: NameTrieNode, entity: Entity): void {
  const skeletons =
    entity.tier !== 'world' &&
    PLACE_KINDS.has(entity.kind) &&
    entity.kind !== 'country' &&
    TRANSLITERATED.has(entity.country ?? '');
  if (entity.name_en !== '') addWrittenName(trie, entity, entity.name_en, 'name', skeletons);
  if (entity.name_ar !== '') addWrittenName(trie, entity, entity.name_ar, 'name', skeletons);
  addWrittenNames(trie, entity, entity.aliases_en, 'alias', skeletons);
  addWrittenNames(trie, entity, entity.aliases_ar, 'alias', skeletons);
  if (foreignPlace(entity)) {
    if (entity.name_ar !== '') addForeignSkeleton(trie, entity, entity.name_ar, 'name');
    for (let i = 0; i < entity.aliases_ar.length; i++)
      addForeignSkeleton(trie, entity, entity.aliases_ar[i], 'alias');
  }
  addWrittenNames(trie, entity, entity.demonyms_en, 'demonym', skeletons);
  addWrittenNames(trie, entity, entity.demonyms_ar, 'demonym', skeletons);
}

/**
 * Indexes a list of names by index, not `for…of`: the load runs once, mostly before the optimising
 * compiler has seen it, and unoptimised code allocates an iterator and a result object per element.
 */
function addWrittenNames(
  trie: NameTrieNode,
  entity: Entity,
  names: readonly string[],
  via: NameVia,
  skeletons: boolean,
): void {
  for (let i = 0; i < names.length; i++) addWrittenName(trie, entity, names[i], via, skeletons);
}

/**
 * Indexes one written name under its tokens and their loose spelling, and the name of a curated place also
 * under its skeleton spellings: word by word, and for a name of several words as a whole by `soundSkeleton`.
 */
function addWrittenName(
  trie: NameTrieNode,
  entity: Entity,
  written: string,
  via: NameVia,
  skeletons: boolean,
): void {
  const sense: NameSense = { entity, via, written };
  const tokens = nameTokens(written);
  // "St. Paul" is the name "Saint Paul" as news abbreviates it, indexed as that spelling written so.
  const saint = abbreviatedSaint(written);
  if (saint !== null) addRespelledName(trie, nameTokens(saint), { entity, via, written: saint });
  // Inside the name only: "Ar-Raqqa" indexed as "al raqqa" would take "Al-Raqqa" from "Raqqa province".
  const inner = tokens.length > 1 ? respelled(tokens.slice(1), plainArticle) : null;
  const plain = inner === null ? null : [tokens[0], ...inner];
  // Not when a spelling added before already put the entity there. This depends on order: an "al" alias
  // added after its name ("Deir ez-Zor", then "Deir al-Zor") still puts the entity there twice.
  if (plain !== null && !builtSensesAt(trie, plain).some((s) => s.entity === entity))
    addRespelledName(trie, plain, sense);
  addRespelledName(trie, tokens, sense);
  const sounds = skeletons ? soundSkeletons(tokens) : null;
  if (sounds !== null) addName(trie, sounds, sense);
  if (!skeletons) return;
  const skeleton = respelled(tokens, skeletonLatin);
  if (skeleton !== null) addName(trie, skeleton, sense);
}

/** The Arab League's states: their place names are Arabic words, written in English by transliteration. */
const ARAB_STATES = `DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE`.split(/\s+/);

/**
 * Countries whose place names Arabic writes as Arabic words: there «جبلة» and «غبلة» are two names, and a
 * G letter is no spelling habit. Israel's towns are named in Arabic by Arab news too, and so are Western
 * Sahara's.
 */
const ARABIC_NAMED = new Set([...ARAB_STATES, 'IL', 'EH']);

/** A place below a country outside the Arab world: its Arabic name renders a foreign one. */
function foreignPlace(entity: Entity): boolean {
  return (
    PLACE_KINDS.has(entity.kind) &&
    entity.kind !== 'country' &&
    entity.country !== null &&
    !ARABIC_NAMED.has(entity.country)
  );
}

/**
 * Indexes the Arabic name of a foreign place under its `foreignArabicSkeleton`, word by word: «هامبورج»
 * meets the base's «هامبورغ». Every word must have a skeleton: a short word left as written would let the
 * key meet other words.
 */
function addForeignSkeleton(trie: NameTrieNode, entity: Entity, written: string, via: NameVia): void {
  const tokens = nameTokens(written);
  const keys = tokens.map(foreignArabicSkeleton);
  if (keys.some((k, i) => k === tokens[i])) return;
  addName(trie, keys, { entity, via, written });
}

/** Indexes a name's tokens and their loose spelling. */
function addRespelledName(trie: NameTrieNode, tokens: readonly string[], sense: NameSense): void {
  addName(trie, tokens, sense);
  const loose = respelled(tokens, looseLatin);
  if (loose !== null) addName(trie, loose, sense);
}

/** Nouns English puts in a place's name: not a transliterated word ("Bardiya District"). */
const PLACE_NOUNS = new Set(
  `district province governorate region city town village camp valley mountain mountains river lake airport
  base square street road bridge dam market mosque hospital university prison island islands north south east
  west northern southern eastern western upper lower new old`.split(/\s+/),
);

/**
 * The `soundSkeleton` of every word of a Latin name of two words or more besides the article, or null: such a
 * key matches only where all of the name's words are met in a row, and a one-word skeleton this loose would
 * meet too many ordinary words ("Bardiya District" has one such word, and "baroda district" is another name).
 * Three consonants at least, so "Um Ali" is not met by any two short words.
 */
function soundSkeletons(tokens: readonly string[]): string[] | null {
  if (tokens.length < 2) return null;
  const sounds = tokens.map(soundSkeleton);
  const words = sounds.filter((s, i) => s !== ARTICLE_SKELETON && !PLACE_NOUNS.has(tokens[i]));
  if (words.length < 2 || sounds.some((s, i) => s === tokens[i])) return null;
  const consonants = words.reduce((n, s) => n + s.replace(/[~-]/g, '').length, 0);
  return consonants < 3 ? null : sounds;
}

/**
 * Countries whose place names English writes by transliteration from another script (Arabic, Persian,
 * Pashto, Urdu, Hindi, Hebrew, Cyrillic, Georgian, Thai, Amharic…), so their spellings vary by vowels.
 * Names written in the Latin alphabet at home ("Valencia", "Provence") are spelled one way, and their
 * skeletons would only meet English words ("violence", "province").
 */
const TRANSLITERATED = new Set([
  ...ARAB_STATES,
  ...`SS IL IR AF PK IN BD NP LK MM TH KH LA CN RU UA BY GE AM AZ KZ KG TJ TM UZ ET ER`.split(/\s+/),
]);

/** The tokens respelled, or null when no token changes (no array is built for the common case). */
function respelled(tokens: readonly string[], spell: (word: string) => string): string[] | null {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = spell(tokens[i]);
    if (t !== tokens[i] && out === null) out = tokens.slice(0, i);
    out?.push(t);
  }
  return out;
}

/** The senses stored exactly under a token path of a trie being built, or none. */
function builtSensesAt(trie: NameTrieNode, tokens: readonly string[]): readonly NameSense[] {
  let node: NameTrieNode | undefined = trie;
  for (const token of tokens) {
    node = node.next?.get(token);
    if (node === undefined) return [];
  }
  return node.senses ?? [];
}

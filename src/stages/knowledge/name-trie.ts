import type { Entity, NameSense, NameTrieNode, NameVia } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import { looseLatin, nameTokens, skeletonLatin } from './name-tokens.js';

/** @example const trie = createTrie(); addEntityNames(trie, entity); */
export function createTrie(): NameTrieNode {
  return { next: new Map() };
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
  for (const token of tokens) {
    const next = (node.next ??= new Map());
    let child = next.get(token);
    if (child === undefined) next.set(token, (child = {}));
    node = child;
  }
  const senses = (node.senses ??= []);
  const same = senses.findIndex((s) => s.entity === sense.entity);
  if (same < 0) senses.push(sense);
  else if (VIA_RANK[sense.via] < VIA_RANK[senses[same].via]) senses[same] = sense;
}

const VIA_RANK: Record<NameVia, number> = { name: 0, alias: 1, demonym: 2 };

/**
 * Every written name of an entity with how it refers to the entity.
 *
 * @example namesOf(russia) // [{ written: 'Russia', via: 'name' }, …, { written: 'الروس', via: 'demonym' }]
 */
export function namesOf(entity: Entity): { written: string; via: NameVia }[] {
  const out: { written: string; via: NameVia }[] = [];
  for (const written of [entity.name_en, entity.name_ar])
    if (written !== '') out.push({ written, via: 'name' });
  for (const written of [...entity.aliases_en, ...entity.aliases_ar]) out.push({ written, via: 'alias' });
  for (const written of [...entity.demonyms_en, ...entity.demonyms_ar]) out.push({ written, via: 'demonym' });
  return out;
}

/**
 * Indexes every name, alias and demonym of an entity, Latin names also under their loose spelling, and the
 * names of curated places (not the worldwide gazetteer's 24k towns, whose skeletons would collide with
 * English words) also under their consonant skeleton.
 *
 * @example addEntityNames(trie, mosul); sensesAt(trie, ['الموصل'])[0].entity === mosul
 */
export function addEntityNames(trie: NameTrieNode, entity: Entity): void {
  const skeletons = entity.tier !== 'world' && PLACE_KINDS.has(entity.kind) && entity.kind !== 'country';
  for (const { written, via } of namesOf(entity)) {
    const tokens = nameTokens(written);
    addName(trie, tokens, { entity, via, written });
    for (const spell of skeletons ? [looseLatin, skeletonLatin] : [looseLatin]) {
      const variant = tokens.map(spell);
      if (variant.some((t, i) => t !== tokens[i])) addName(trie, variant, { entity, via, written });
    }
  }
}

/**
 * The senses stored exactly under a token path, or none.
 *
 * @example sensesAt(trie, ['tripoli']).map((s) => s.entity.id) // ['place:ly:tripoli', 'place:lb:tripoli']
 */
export function sensesAt(trie: NameTrieNode, tokens: readonly string[]): readonly NameSense[] {
  let node: NameTrieNode | undefined = trie;
  for (const token of tokens) {
    node = node.next?.get(token);
    if (node === undefined) return [];
  }
  return node.senses ?? [];
}

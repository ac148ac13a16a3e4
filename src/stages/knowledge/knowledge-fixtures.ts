import type { Entity, KnowledgeBase } from './kb-types.js';
import { findMentions } from './index.js';

/**
 * A shipped town with its names and nothing else, for tests that build a small trie of their own.
 *
 * @example townEntity('tal-afar', 'Tal Afar', 'تلعفر').kind === 'city'
 */
export function townEntity(id: string, name_en: string, name_ar = '', country: string | null = 'IQ'): Entity {
  return {
    id,
    kind: 'city',
    name_en,
    aliases_en: [],
    name_ar,
    aliases_ar: [],
    demonyms_en: [],
    demonyms_ar: [],
    parent: null,
    country,
    lat: null,
    lon: null,
    population: null,
    refs: [],
    origin: 'test',
    tier: 'shipped',
  };
}

/**
 * `surface=entity` for every place mention `kb` finds in `text`, in text order: how the knowledge tests
 * state what a sentence places. `demonyms: false` leaves out places named only by their people's name.
 *
 * @example placeMentions(kb, 'Clashes in Mosul.') // ['Mosul=place:iq:mosul']
 */
export function placeMentions(kb: KnowledgeBase, text: string, { demonyms = true } = {}): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined && (demonyms || m.via !== 'demonym'))
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

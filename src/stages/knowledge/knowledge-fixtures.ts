import type { Entity, KnowledgeBase } from './kb-types.js';
import type { Span } from '../../core/span.js';
import { findMentions } from './index.js';
import type { NameMatch } from './mention-matcher.js';

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
 * A match of a made-up town written `name` at `start` of a text (its first place by default), as the
 * matcher gives it, for tests of what the words around a name make of it.
 *
 * @example townMatchAt('Shops in Zarqa', 'Zarqa').span // [9, 14]
 */
export function townMatchAt(text: string, name: string, start = text.indexOf(name)): NameMatch {
  const span: [number, number] = [start, start + name.length];
  const entity = townEntity(`place:xx:${name.toLowerCase()}`, name);
  return {
    view: span,
    span,
    key: name.toLowerCase(),
    senses: [{ entity, via: 'name', written: name }],
    sentence: 0,
    word: 0,
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

/**
 * `surface=entity` for every town mention `kb` finds in `text`, in text order. `published` is the article's
 * date; `bySentence` cuts the text at each full stop, question or exclamation mark followed by white space
 * (enough for the tests' own sentences), where otherwise the whole text is one sentence.
 *
 * @example townMentions(kb, 'A bomb went off in the Nepalese capital.') // ['Nepalese capital=place:np:kathmandu']
 */
export function townMentions(
  kb: KnowledgeBase,
  text: string,
  { published, bySentence = false }: { published?: string; bySentence?: boolean } = {},
): string[] {
  return findMentions(kb, text, bySentence ? sentenceSpans(text) : [[0, text.length]], undefined, {
    published,
  })
    .filter((m) => m.kind === 'city')
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

/** The spans of `text` cut after ".", "!", "?" or "؟" and the white space after them. */
function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const end of text.matchAll(/[.!?؟](?=\s+\S)/gu)) {
    spans.push([start, end.index + 1]);
    start = end.index + 1 + (/^\s+/u.exec(text.slice(end.index + 1))?.[0].length ?? 0);
  }
  spans.push([start, text.length]);
  return spans;
}

/**
 * `surface=entity` for every mention read as a nationality or an owner ("the Mosul Cement Company",
 * "Radio Georgia"), in text order.
 *
 * @example ownerMentions(kb, 'A reporter of Radio Georgia was shot') // ['Georgia=country:GE']
 */
export function ownerMentions(kb: KnowledgeBase, text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined && m.via === 'demonym')
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

// Shared by the rules that read a country from a clue rather than a name — a village's way of naming
// (village-prefixes.ts), the words of Ulster's conflict (ulster-loyalists.ts), a capital's clock
// (clock-towns.ts): each speaks only when nothing named in the article tells a country, and adds its
// mentions on words no other mention covers.
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { KnowledgeBase } from './kb-types.js';
import { placeFromWords } from './mention-builder.js';
import { allMatches } from '../../core/text/all-matches.js';

/** True when no mention tells a country: only then may a clue tell one. */
export const tellsNoCountry = (mentions: readonly Mention[]): boolean =>
  !mentions.some((m) => m.place?.country || m.actor?.country);

/** Whether `span` lies within one of `sentences` and overlaps no mention of `taken`. */
export function isFreeSpan(span: Span, sentences: readonly Span[], taken: readonly Mention[]): boolean {
  if (!sentences.some(([from, to]) => from <= span[0] && span[1] <= to)) return false;
  return !taken.some((m) => m.span[0] < span[1] && span[0] < m.span[1]);
}

/** `mentions` with `added` merged in, in text order (`mentions` itself when nothing was added). */
export const mergedInTextOrder = (mentions: Mention[], added: readonly Mention[]): Mention[] =>
  added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.span[0] - b.span[0]);

/** Words that read as an entity: the mention spans group 1 when the pattern has one, else the whole match. */
export interface ClueWords {
  pattern: RegExp;
  entityId: string;
}

/**
 * Adds a mention of each rule's entity, at `score`, on every free span its words are found on, when no mention
 * of the article tells a country. The mentions come back in text order.
 *
 * @example withClueWords(kb, text, sentences, [], [{ pattern: /\bKilli \p{Lu}\p{Ll}+/gu, entityId: 'country:PK' }], 0.5)
 */
export function withClueWords(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  mentions: Mention[],
  rules: readonly ClueWords[],
  score: number,
): Mention[] {
  if (!tellsNoCountry(mentions)) return mentions;
  const added: Mention[] = [];
  for (const { pattern, entityId } of rules) {
    const entity = kb.entities.get(entityId);
    if (entity === undefined) continue;
    for (const found of allMatches(pattern, text)) {
      const words = found[1] ?? found[0];
      const start = found.index + found[0].lastIndexOf(words);
      const span: Span = [start, start + words.length];
      if (!isFreeSpan(span, sentences, mentions) || !isFreeSpan(span, sentences, added)) continue;
      added.push(placeFromWords(kb, text, span, entity, score));
    }
  }
  return mergedInTextOrder(mentions, added);
}

// "Loyalists are blamed for the pipe bomb", "a loyalist gang": in English news of political violence the bare
// word names Ulster's loyalist paramilitaries, and reports of their attacks often name no town a gazetteer
// knows (a street, an estate). Elsewhere the word comes with whose loyalists they are — "Saddam loyalists",
// "loyalists of the old regime", "pro-government loyalists", "loyalist militias" — and those keep no actor.
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { KnowledgeBase } from './kb-types.js';
import { placeFromWords } from './mention-builder.js';

const ULSTER_LOYALISTS = 'actor:loyalist-paramilitaries';

/**
 * The bare word: not after a name or a hyphenated "pro-…" ("Fatah loyalists"), nor before "of"/"to" or a
 * force's noun ("loyalists of the general", "loyalist militia"). A capital after a sentence's end is no name.
 */
const BARE_LOYALISTS =
  /(?<!(?:\p{Lu}[\p{L}'’.]*|\p{L}+-\p{L}+)\s+)\b[Ll]oyalists?\b(?!\s+(?:of|to|militias?|militiamen|forces|troops|fighters|army|soldiers)\b)/gu;

/** How sure a bare common noun makes the reading: a clue, not the group's name. */
const LOYALIST_SCORE = 0.5;

/**
 * Adds Ulster's loyalist paramilitaries on each bare "loyalist(s)" when no mention of the article tells any
 * country: a text that names one says more than the word. The mentions come back in text order.
 *
 * @example withUlsterLoyalists(kb, text, sentences, []) // the loyalist paramilitaries on "loyalists" in "police blame loyalists for the blast"
 */
export function withUlsterLoyalists(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  mentions: Mention[],
): Mention[] {
  if (mentions.some((m) => m.place?.country || m.actor?.country)) return mentions;
  const actor = kb.entities.get(ULSTER_LOYALISTS);
  if (actor === undefined) return mentions;
  const added: Mention[] = [];
  for (const found of text.matchAll(BARE_LOYALISTS)) {
    const span: Span = [found.index, found.index + found[0].length];
    if (!sentences.some(([from, to]) => from <= span[0] && span[1] <= to)) continue;
    if (mentions.some((m) => m.span[0] < span[1] && span[0] < m.span[1])) continue;
    added.push(placeFromWords(kb, text, span, actor, LOYALIST_SCORE));
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.span[0] - b.span[0]);
}

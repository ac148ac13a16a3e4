// "Loyalists are blamed for the pipe bomb", "a Catholic family's home was petrol-bombed": in English news of
// political violence the bare word "loyalists" names Ulster's loyalist paramilitaries, and people are told
// apart as Catholic or Protestant in Northern Ireland alone (elsewhere a victim is "a Christian"). Reports of
// such attacks often name no town a gazetteer knows (a street, an estate). Elsewhere "loyalists" comes with
// whose they are — "Saddam loyalists", "loyalists of the old regime", "pro-government loyalists", "loyalist
// militias" — and a church, a school or a priest is Catholic anywhere: those keep no reading.
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { KnowledgeBase } from './kb-types.js';
import { withClueWords, type ClueWords } from './clue-mentions.js';

/** Each reads as the paramilitaries, or as the province whose people are told apart by faith. */
const ULSTER_WORDS: readonly ClueWords[] = [
  // The bare word: not after a name or a hyphenated "pro-…" ("Fatah loyalists"), nor before "of"/"to" or a
  // force's noun ("loyalists of the general", "loyalist militia"). A capital after a sentence's end is no name.
  {
    pattern:
      /(?<!(?:\p{Lu}[\p{L}'’.]*|\p{L}+-\p{L}+)\s+)\b[Ll]oyalists?\b(?!\s+(?:of|to|militias?|militiamen|forces|troops|fighters|army|soldiers)\b)/gu,
    entityId: 'actor:loyalist-paramilitaries',
  },
  // "Protestant extremists" are the loyalist paramilitaries by another name.
  {
    pattern: /\bProtestant(?=\s+(?:terrorists?|extremists?|paramilitar(?:y|ies)|gunm[ae]n|gangs?)\b)/gu,
    entityId: 'actor:loyalist-paramilitaries',
  },
  // People and homes told apart by their faith: "a Catholic man", "a Protestant family's house".
  {
    pattern:
      /\b(?:Catholic|Protestant)(?=\s+(?:m[ae]n|wom[ae]n|famil(?:y|ies)|youths?|teenagers?|workers?|civilians?|households?|homes?|houses?|estates?|trade unionists?)\b)/gu,
    entityId: 'region:gb:northern-ireland',
  },
];

/** How sure such words make the reading: a clue, not a name met. */
const ULSTER_SCORE = 0.5;

/**
 * Adds Ulster's loyalist paramilitaries on each bare "loyalist(s)" (and on "Protestant extremists"), and
 * Northern Ireland on the faith of "a Catholic man" or "a Protestant family", when no mention of the article
 * tells any country: a text that names one says more than these words. The mentions come back in text order.
 *
 * @example withUlsterLoyalists(kb, text, sentences, []) // the loyalist paramilitaries on "loyalists" in "police blame loyalists for the blast"
 */
export function withUlsterLoyalists(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  mentions: Mention[],
): Mention[] {
  return withClueWords(kb, text, sentences, mentions, ULSTER_WORDS, ULSTER_SCORE);
}

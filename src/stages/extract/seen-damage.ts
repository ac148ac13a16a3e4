// Damage told as the look of things seen, not as an act: "slowed down to look at burnt buildings".
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** English participles of damage that also serve as adjectives ("charred cars", "looted shops"). */
const DAMAGED = /^(?:burnt|burned|charred|looted|ransacked|demolished|gutted|vandali[sz]ed)$/;
/** Words that open what is seen or passed by: "look at", "drove past", "among", "amid", "through". */
const SEEN_AMONG = /^(?:at|past|among|amid|amidst|through|beside|along)$/;
/** Words that may stand between the opener and the adjective: "past the", "among its". */
const DETERMINER = /^(?:the|its|their|his|her|some|many|several|rows|of)$/;
/** What joins two adjectives of one noun: "soot-covered and burnt". */
const AND = /^(?:and|or)$/;

/**
 * True for a damage participle used as an adjective of the things a sentence tells as seen or passed ("the
 * motorcade slowed to look at blackened and burnt buildings", "we drove past looted shops"): a state left by an
 * earlier act, not an act of its own. "Rioters looted and burnt shops" stays an act: the verbs' subject, not a
 * word of seeing, stands before the joined words.
 *
 * @example damageSeen(view, text, hit) // true for "They walked past burnt houses." at "burnt"
 */
export function damageSeen(view: SentenceView, text: string, hit: PhraseHit): boolean {
  if (hit.phrase.tag !== 'Looting/property destruction' || hit.end - hit.start !== 1) return false;
  const tokens = view.tokens;
  if (!DAMAGED.test(tokens[hit.start].norm) || hit.end >= tokens.length) return false;
  // The noun it qualifies follows at once: "burnt by the mob", "burnt the shops" are verbs.
  if (DETERMINER.test(tokens[hit.end].norm) || /^(?:by|down|out|to)$/.test(tokens[hit.end].norm))
    return false;
  if (text.slice(tokens[hit.start].span[1], tokens[hit.end].span[0]) !== ' ') return false;
  let at = hit.start - 1;
  // "soot-covered and burnt": one joined adjective, its hyphenated parts one word.
  if (at > 0 && AND.test(tokens[at].norm)) {
    at--;
    while (at > 0 && text.slice(tokens[at - 1].span[1], tokens[at].span[0]) === '-') at--;
    at--;
  }
  while (at >= 0 && DETERMINER.test(tokens[at].norm)) at--;
  return at >= 0 && SEEN_AMONG.test(tokens[at].norm);
}

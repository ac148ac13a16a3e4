// Villages of two words that the base knows by one of them only: reports name hamlets the gazetteers lack
// ("the village of Dar Kelmo", "Upal Tanra village"), and the word the base does know is then some town
// abroad (Kelmo, Tanra), not the village.
import { anyUnit, isWhiteSpace } from '../../core/text/unit-class.js';
import { PLACE_HEAD_WORDS } from './arabic-given-names.js';
import type { NameMatch } from './mention-matcher.js';
import { NOT_NAME_WORDS } from './name-context-words.js';
import { mayEndCapitalisedWord } from './letter-cases.js';

const VILLAGE_NOUN = String.raw`(?:[Vv]illage|[Tt]own|[Hh]amlet)`;
/** "the village of Dar ": the first word of the village's name, right before the match. */
const FIRST_WORD_AFTER_NOUN = new RegExp(String.raw`\b${VILLAGE_NOUN}\s+of\s+(\p{Lu}\p{Ll}+)\s$`, 'u');
/** "Upal ": a capitalised word right before the match. */
const FIRST_WORD = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s$/u;
/** " village": the village's noun right after the match. */
const NOUN_AFTER = new RegExp(String.raw`^\s${VILLAGE_NOUN}\b`, 'u');
/** " Tanra village": the second word of the village's name, then its noun. */
const SECOND_WORD_AND_NOUN = new RegExp(String.raw`^\s(\p{Lu}\p{Ll}+)\s${VILLAGE_NOUN}\b`, 'u');
/**
 * Words that head a village's name the base may hold without them ("Ban Nam Khem", "Kibbutz Saad"), besides
 * the words that open a place's name anywhere ("North", "Mount") and the Arabic ones ("Kafr", "Tal").
 */
const NAME_HEADS = new Set(`Ban Tambon Kampung Kampong Desa Kibbutz Moshav Khirbet Kfar Kot Chak`.split(' '));

const mayBeNamePart = (word: string): boolean =>
  !NOT_NAME_WORDS.has(word) && !PLACE_HEAD_WORDS.has(word) && !NAME_HEADS.has(word);

/**
 * True when `match` is one word of a village's name of two that no other name covers — "the village of Dar
 * Kelmo", "Dar Kelmo village", "Kelmo Dar town" — and nothing else in the article (`matches`) may lie in a
 * country of its own: then it is the village, which the base lacks, not a namesake abroad.
 *
 * @example inVillageName(text, matchOf('Kelmo'), matches) === true // "goats strayed past the village of Dar Kelmo"
 */
export function inVillageName(text: string, match: NameMatch, matches: readonly NameMatch[]): boolean {
  const [start, end] = match.span;
  if (anyUnit(text, start, end, isWhiteSpace)) return false;
  const lead = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 32);
  // Both patterns of the first word end the lead with it and a white space: where nothing can end it so
  // (`mayEndCapitalisedWord`), neither is tried at every place of it.
  const first = !mayEndCapitalisedWord(text, start - lead.length, start)
    ? null
    : (FIRST_WORD_AFTER_NOUN.exec(lead) ?? (NOUN_AFTER.test(after) ? FIRST_WORD.exec(lead) : null));
  const second = first === null ? SECOND_WORD_AND_NOUN.exec(after) : null;
  const word = first ?? second;
  if (word === null || !mayBeNamePart(word[1])) return false;
  // The other word must be no name the base knows: "Kirkuk Baghdad town" lists two.
  const otherAt = first !== null ? start - 1 : end + 1;
  if (matches.some((m) => m.span[0] <= otherAt && otherAt < m.span[1] + 1 && m !== match)) return false;
  const countries = new Set(match.senses.map((s) => s.entity.country));
  return !matches.some(
    (m) => m !== match && m.senses.some((s) => s.entity.country !== null && countries.has(s.entity.country)),
  );
}

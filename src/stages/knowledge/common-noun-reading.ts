import type { NameMatch } from './mention-matcher.js';
import { CUE_ONLY_KEYS } from './common-word-names.js';
import { inConstructState, wordsBefore } from './match-context.js';
import { wordSpans } from '../../core/text/word-scanner.js';
import { ARABIC_PLACE_NOUNS } from '../../core/text/place-nouns.js';

/**
 * Whether a cue-only name ("مقر" Muqur / headquarters) reads as the common noun its word is: it heads a
 * construct ("مقر الشرطة") or a lam-genitive ("مقر للشرطة", a police headquarters). A preposition cue such
 * as "قرب" leaves that reading standing; only a place noun right before ("مدينة …") makes it the town.
 * Normalised text, where ة is written ه.
 *
 * @example readsAsCommonNoun(view.text, matchOf('مقر')) === true // in "قرب مقر للشرطه"
 */
export function readsAsCommonNoun(viewText: string, match: NameMatch): boolean {
  if (!CUE_ONLY_KEYS.has(match.key)) return false;
  const before = wordsBefore(viewText, match, 1);
  if (before.length === 1 && ARABIC_PLACE_NOUNS.has(before[0])) return false;
  if (inConstructState(viewText, match)) return true;
  const [next] = wordSpans(viewText, match.view[1], Math.min(viewText.length, match.view[1] + 40), 1);
  return (
    next !== undefined &&
    viewText.startsWith('لل', next[0]) &&
    /^\s+$/.test(viewText.slice(match.view[1], next[0]))
  );
}

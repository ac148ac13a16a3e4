import type { NameMatch } from './mention-matcher.js';
import { COMMON_WORD_KEYS, CUE_ONLY_KEYS } from './common-word-names.js';
import { inConstructState, wordsBefore } from './match-context.js';
import { wordSpans } from '../../core/text/word-scanner.js';
import { ARABIC_PLACE_NOUNS } from '../../core/text/place-nouns.js';
import { allUnits, isWhiteSpace } from '../../core/text/unit-class.js';

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
    allUnits(viewText, match.view[1], next[0], isWhiteSpace)
  );
}

/**
 * Whether an ordinary-word name the base knows without the article is met with one: «وسط البلد» is downtown,
 * not the Iraqi town Balad («بلد»), «الصور» pictures and not Tyre; such towns are written bare. Read in the
 * normalised view, where the matched name leaves the article («ال», or «لل» after the preposition) before it.
 *
 * @example takesArticle(view.text, matchOf('بلد')) === true // in "وسط البلد"
 */
export function takesArticle(viewText: string, match: NameMatch): boolean {
  if (!COMMON_WORD_KEYS.has(match.key) || match.key.startsWith('ال')) return false;
  const at = match.view[0];
  return ARTICLE_BEFORE.test(viewText.slice(Math.max(0, at - 6), at));
}

/** The article at the end of a word's proclitics, right before a name: «ال», «وال», «بال», «لل», «وبال». */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])[وفبك]{0,2}(?:ال|لل)$/u;

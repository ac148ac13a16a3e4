/**
 * Violence told in a voweled verse: «(وَمَنْ يَقْتُلْ مُؤْمِنًا مُتَعَمِّدًا …)». News writes Arabic bare, and
 * vowels one word at most to tell it apart («قُتل», killed); a run of voweled words is scripture, a saying or a
 * poem quoted, which tells no incident.
 */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** An Arabic short vowel, tanween, shadda or sukun. */
const VOWEL_MARK = /[\u064B-\u0652]/;

/**
 * Whether the trigger's first word and the words on either side of it all carry vowel marks.
 *
 * @example inVoweledVerse(view, text, hit) // true for «يَقْتُلْ» in «وَمَنْ يَقْتُلْ مُؤْمِنًا»
 */
export function inVoweledVerse(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const voweled = (k: number) => {
    const token = view.tokens[k];
    return token !== undefined && VOWEL_MARK.test(text.slice(token.span[0], token.span[1]));
  };
  return voweled(trigger.start - 1) && voweled(trigger.start) && voweled(trigger.start + 1);
}

import { familyOf } from './act-families.js';
import { ARABIC_WORD } from './arabic-particles.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Arabic al- on a word, behind a proclitic or not («الهجوم», «بالهجوم», «للهجوم»). */
const ARABIC_DEFINITE = /^(?:[وفب]?ال|لل)/;
const DEMONSTRATIVES_AR = /^(?:هذا|هذه|ذلك|تلك)$/;
const DETERMINERS_EN = /^(?:the|this|that|these|those)$/i;
const BLANK = /^\s*$/;

/** «للتظاهر», «وللاحتجاج»: "to protest", the verbal noun of an aim after a verb of going out or moving people. */
const TO_PROTEST = /^[وف]?لل/;

/**
 * A definite noun phrase: Arabic al- on the first word, or an English determiner before it. «خرج المئات
 * للتظاهر» ("hundreds went out to protest") tells a protest of its own, not one told before.
 *
 * @example isDefinite(view, text, trigger) // true for "attack" in "The minister condemned the attack."
 */
export function isDefinite(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const first = view.tokens[trigger.start];
  if (ARABIC_WORD.test(first.norm)) {
    if (familyOf(trigger.phrase.tag) === 'protest' && TO_PROTEST.test(first.norm)) return false;
    return ARABIC_DEFINITE.test(first.norm) || demonstrativeBefore(view, text, trigger, DEMONSTRATIVES_AR);
  }
  return demonstrativeBefore(view, text, trigger, DETERMINERS_EN);
}

/**
 * "هذا الهجوم", "this attack": a determiner right before a noun trigger. "وفي موازاة ذلك، فتح مسلحان النار"
 * is not one: a comma between them, or a verb trigger, and the demonstrative points back at the sentence before.
 */
function demonstrativeBefore(view: SentenceView, text: string, trigger: PhraseHit, words: RegExp): boolean {
  const before = view.tokens[trigger.start - 1];
  if (!before || trigger.phrase.pos === 'verb' || !words.test(before.norm)) return false;
  return BLANK.test(text.slice(before.span[1], view.tokens[trigger.start].span[0]));
}

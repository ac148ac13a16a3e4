import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';
import { isWeaponType } from './weapon-choice.js';

/** English words that make the weapon after them the instrument of the act before it. */
const INSTRUMENT_WORDS = new Set(['with', 'using', 'by']);

const INDEFINITE_ARTICLE = /^(?:a|an)$/;

/**
 * "استهدفوا موقعاً … بقذيفة صاروخية", "attacked the post … with a rocket": a weapon told as the means of
 * the act before it is that act's weapon, however long the object between them, never an incident of its own.
 *
 * @example isInstrument(view, trigger) // true for "rocket" in "attacked the post with a rocket"
 */
export function isInstrument(view: SentenceView, trigger: PhraseHit): boolean {
  if (!isWeaponType(trigger.phrase.tag)) return false;
  const first = view.tokens[trigger.start].norm;
  if (trigger.phrase.lang === 'ar') return first.startsWith('ب') && !trigger.phrase.words[0].startsWith('ب');
  const before = view.tokens[trigger.start - 1]?.norm ?? '';
  const twoBefore = view.tokens[trigger.start - 2]?.norm ?? '';
  return INSTRUMENT_WORDS.has(before) || (INSTRUMENT_WORDS.has(twoBefore) && INDEFINITE_ARTICLE.test(before));
}

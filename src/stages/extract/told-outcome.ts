/** A killing told as what an earlier incident brought about ("a bombing that killed 12", «تفجير أسفر عن مقتل 13»). */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Words that hang a killing on the act just before it as its outcome (folded forms). */
const OUTCOME = /^(?:that|which|اسفر|اسفرت|ادي|ادت|خلف|خلفت|اوقع|اوقعت)$/;

/** How many tokens may stand between the act and its killing ("a truck bombing that killed"). */
const OUTCOME_REACH = 3;

/**
 * "hours after a truck bombing that killed 12", «بعد ساعات من تفجير شاحنة أسفر عن مقتل 13»: the dead an
 * act "brought about" are its own, even when that act is told as what came before the news; the killing
 * joins it rather than standing as an incident of its own. `lastEnd` is where the act's words end.
 */
export function toldOutcome(view: SentenceView, lastEnd: number, trigger: PhraseHit): boolean {
  if (trigger.start - lastEnd > OUTCOME_REACH) return false;
  return view.tokens.slice(lastEnd, trigger.start).some((t) => OUTCOME.test(t.norm));
}

import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** "كان", "كانت": with an imperfect verb after it, a state that went on before the news. */
const WAS = /^[وف]?(?:كان|كانت|كانوا)$/;
/** Tokens from "كانت" to the verb it governs ("كانت حركة بوكو حرام تحتجزهم"). */
const WAS_REACH = 4;
/** «يحتجز», «تحتجزهم», «وتحتجز»: an Arabic imperfect verb, the one "كانت" governs. */
const ARABIC_IMPERFECT = /^[وف]?[يت][\u0600-\u06ff]/;
/** Words of freeing captives ("troops rescued 40 hostages", "the hostages were freed"). */
const FREED = /^(?:freed|rescued|liberated)$/;
/** Words for the captives themselves, which an abduction is also found on. */
const CAPTIVES = /^(?:hostages|hostage|captives)$/;
/** Tokens between a word of freeing and the captives it frees ("rescued 40 hostages"). */
const FREED_REACH = 3;

/**
 * "حرر الجيش 90 شخصا كانت الجماعة تحتجزهم", "troops rescued 40 hostages": captives a side "was holding",
 * or that another side freed, are told as a standing state, the background of their rescue; the seizure
 * happened earlier and is not this news. (A release told with the kidnapping, "were released after being
 * kidnapped", still reports the kidnapping.)
 *
 * @example standingCaptivity(view, trigger) // true for "hostages" in "Troops rescued 40 hostages."
 */
export function standingCaptivity(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.tag !== 'Abduction/forced disappearance') return false;
  const { start, end } = trigger;
  const word = view.tokens[start].norm;
  const near = view.tokens.slice(Math.max(0, start - FREED_REACH), end + FREED_REACH);
  if (CAPTIVES.test(word) && end - start === 1 && near.some((t) => FREED.test(t.norm))) return true;
  return (
    ARABIC_IMPERFECT.test(word) &&
    view.tokens.slice(Math.max(0, start - WAS_REACH), start).some((t) => WAS.test(t.norm))
  );
}

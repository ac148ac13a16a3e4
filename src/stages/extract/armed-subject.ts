import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** People named by the arms they bear or the act they commit: whoever they attack, they attack with force. */
const ARMED =
  /^(?:gunmen|gunman|militants|militant|insurgents|terrorists|assailants|assailant|attackers|attacker|guerrillas|perpetrators)$/;
/** "armed men", "masked men": men named by their arms. */
const ARMED_MEN = /^(?:armed|masked|hooded)$/;
/** Words that may stand between the side and its verb: "gunmen who attacked", "militants had attacked". */
const BETWEEN = /^(?:who|have|had|then|also|reportedly|allegedly)$/;
/** The weak English verbs an armed side makes an armed act of ("attacked", "targeted", "struck"). */
const WEAK_VERBS = /^(?:attacked|targeted|assaulted|struck|raided)$/;

/**
 * "Gunmen attacked a bus", "two masked men attacked the editor": a weak English verb whose subject is a side
 * named by its arms tells an armed incident on its own, as a politician's "attacked" does not.
 *
 * @example armedSubject(view, trigger) // true for "attacked" in "Gunmen attacked a bus carrying pilgrims."
 */
export function armedSubject(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'en' || !WEAK_VERBS.test(view.tokens[trigger.start].norm)) return false;
  let at = trigger.start - 1;
  if (BETWEEN.test(view.tokens[at]?.norm ?? '')) at--;
  const subject = view.tokens[at]?.norm ?? '';
  return ARMED.test(subject) || (subject === 'men' && ARMED_MEN.test(view.tokens[at - 1]?.norm ?? ''));
}

/**
 * A sweep of raids is told by whom it aimed at: «مداهمات في عدة محافظات استهدفت عناصر داعش», "raids that
 * targeted suspected Islamic State members". The members aimed at are the sweep's targets, not the doers of
 * an attack, and the sweep is a round-up found on its own words of arrest — its verb of targeting is no blow.
 */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';
import { CLAUSE_BREAK } from './cue-scope.js';

/** Verbs of aiming at someone, Arabic (folded norms) and English. */
const TARGETING = /^(?:targeted|targeting|targets|[وف]?(?:استهدف|استهدفت|استهدفوا|تستهدف|يستهدف|استهدفتا))$/;
/**
 * Nouns of a sweep by the police or the army: house searches and round-ups. A bare campaign («حملة») may be
 * a military offensive and stays out; so do air strikes («غارات»).
 */
const SWEEP = /^(?:sweep|sweeps|crackdown|round-ups|roundups|[وف]?(?:ال)?(?:مداهمه|مداهمات|دهم|اعتقالات))$/;
/** English "raids" are as often air strikes ("carried out 50 raids targeting"): only those told as searches. */
const RAIDS = /^raids$/;
const SEARCHING = /^(?:police|house|home|security|search|arrest|dawn|door-to-door)$/;
/** "after police raids on the quarter, gunmen targeted …": a comma, unless a relative clause opens after it. */
const COMMA_BREAK = /[,،]\s*(?!which\b|that\b)/;
/** How many tokens may stand between the sweep's noun and its verb ("in 13 provinces that"). */
const SWEEP_REACH = 5;

/**
 * The trigger is a verb of targeting whose subject, told shortly before it in the same clause, is a sweep of
 * raids or arrests.
 *
 * @example aimOfSweep(view, text, targeted) // true for "raids in Diyala that targeted IS members"
 */
export function aimOfSweep(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const tokens = view.tokens;
  if (!TARGETING.test(tokens[trigger.start].norm)) return false;
  for (let k = trigger.start - 1; k >= Math.max(0, trigger.start - SWEEP_REACH); k--) {
    const gap = text.slice(tokens[k].span[1], tokens[k + 1].span[0]);
    if (CLAUSE_BREAK.test(gap) || COMMA_BREAK.test(gap)) return false;
    if (SWEEP.test(tokens[k].norm)) return true;
    if (RAIDS.test(tokens[k].norm)) return SEARCHING.test(tokens[k - 1]?.norm ?? '');
  }
  return false;
}

/** A side's tie to an act set aside by a denial, while the act itself stands. */
import { wordSet } from '../../core/text/word-set.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Verbs of denying told right before the tie they deny ("denied involvement in"). */
const DENYING = wordSet('denied denies deny denying');
/** Words that may stand between the verb and the tie: "denied any involvement in". */
const TIE_LEAD = wordSet('any all');

/**
 * "The group denied any involvement in the blast that killed eight": a denied tie names the act as done, by
 * someone; it is no reference to an incident told as a topic, as "arrested for involvement in" is.
 *
 * @example deniedTie(view, cue) // true for the cue "involvement in" of "denied any involvement in the blast"
 */
export function deniedTie(view: SentenceView, cue: PhraseHit): boolean {
  let k = cue.start - 1;
  while (k >= 0 && TIE_LEAD.has(view.tokens[k].norm)) k--;
  return k >= 0 && DENYING.has(view.tokens[k].norm);
}

/**
 * "Police arrested a gunman who shot dead two traders": an act told in a relative clause on the object of
 * an earlier act of the sentence, the one its main clause tells.
 */
import { wordSet } from '../../core/text/word-set.js';
import type { PhraseHit } from './phrase-matcher.js';
import { RELATIVE_PRONOUNS } from './relative-pronouns.js';
import type { SentenceView } from './sentence-view.js';

/** Tokens of the noun phrase a relative clause hangs on ("a suspected gunman", "two young men"). */
const ANTECEDENT_REACH = 4;
/** Words that may stand between the relative pronoun and the act's trigger ("who had", "who allegedly"). */
const BEFORE_ACT = wordSet('had has have allegedly reportedly later then');

/** The clause of the act at `trigger` and the earlier act whose object it tells of. */
export interface RelativeHost {
  /** The earlier act's trigger. */
  host: PhraseHit;
  /** The token of the relative pronoun: the main clause's words end before it. */
  pronoun: number;
}

/**
 * The earlier act of the sentence whose object the relative clause holding `trigger` tells of, if the clause
 * opens right before the trigger and the object stands right after that act's trigger.
 *
 * @example relativeHost(view, shotDead)?.host // the "arrested" of "arrested a gunman who shot dead two traders"
 */
export function relativeHost(view: SentenceView, trigger: PhraseHit): RelativeHost | null {
  let pronoun = trigger.start - 1;
  while (pronoun > 0 && BEFORE_ACT.has(view.tokens[pronoun].norm)) pronoun--;
  if (!RELATIVE_PRONOUNS.has(view.tokens[pronoun]?.norm ?? '')) return null;
  const host = view.triggers.findLast((t) => t.end < pronoun && pronoun - t.end <= ANTECEDENT_REACH);
  return host ? { host, pronoun } : null;
}

/** Sides told as those who look into an act: its investigators, never its perpetrators. */
import { wordSet } from '../../core/text/word-set.js';
import type { ActorCandidate } from './actor-finder.js';
import type { PhraseHit } from './phrase-matcher.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** English words of an inquiry ("investigating", "in charge of the inquiry into", "probing"). */
const INQUIRY = wordSet(
  'investigating investigation investigations inquiry inquiries probe probes probing inquest examining',
);
/** Tokens from the end of a side's name to its words of inquiry ("police in charge of the inquiry"). */
const INQUIRY_REACH = 6;

/**
 * "A police officer leading the inquiry into the hotel bombing", "detectives of the army investigating the
 * blast": a side named before the act, with words of an inquiry right after it, looks into the act.
 *
 * @example investigates(view, police, bombing) // true for "police officers in charge of the investigation into the bombing"
 */
export function investigates(view: SentenceView, c: ActorCandidate, trigger: PhraseHit): boolean {
  const end = tokenAt(view, c.ref.spans[0][1]);
  const last = Math.min(trigger.start, end + INQUIRY_REACH);
  for (let at = end; at < last; at++) if (INQUIRY.has(view.tokens[at].norm)) return true;
  return false;
}

/** Accident words told as what an act brought about, not as the disaster that tells the harm. */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Verbs that tell what follows as brought about: "causing the poles to collapse". Not before "by": "a fire caused
 * by faulty wiring" names the accident as the cause. The noun "cause" is left out ("the cause was a gas leak").
 */
const CAUSING = /^(?:causing|caused)$/;
/** Tokens from the word of causing to the accident word ("causing the two old poles to collapse"). */
const CAUSE_REACH = 5;

/**
 * "cut the cables, causing the poles to collapse": an accident word (an "accident" cue) told as what the act
 * brought about is its outcome, not a disaster that tells the deaths or the damage. "A flood caused the bridge
 * to collapse" still has its flood.
 *
 * @example toldAsEffect(view, cue) // true for "collapse" in "Raiders cut the cables, causing a mast to collapse."
 */
export function toldAsEffect(view: SentenceView, cue: PhraseHit): boolean {
  const from = Math.max(0, cue.start - CAUSE_REACH);
  return view.tokens
    .slice(from, cue.start)
    .some((t, k) => CAUSING.test(t.norm) && view.tokens[from + k + 1]?.norm !== 'by');
}

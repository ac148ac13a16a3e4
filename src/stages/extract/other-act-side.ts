/** Sides a nationality names as the doer of another act of the sentence than the frame's own. */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';

/** A word in Latin letters: English puts a nationality before the noun it qualifies. */
const LATIN = /^[a-z]/i;

/**
 * "Militants attack, the capital wary of fresh Ruritanian raids": an English nationality written right
 * before another act's word names that act's doer, even when the act is held back, denied or told in
 * another frame, and is neither side of this frame's act. The frame that holds that word still reads it.
 *
 * @example sideOfOtherAct(headlineAttack, ruritanian) // true for "attack, the capital wary of Ruritanian raids"
 */
export function sideOfOtherAct(frame: Frame, c: ActorCandidate): boolean {
  const tokens = frame.view.tokens;
  return (
    LATIN.test(tokens[c.at].norm) &&
    frame.view.triggers.some((t) => t.start === c.at + 1 && !frame.triggers.includes(t))
  );
}

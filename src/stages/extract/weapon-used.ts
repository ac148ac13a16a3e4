// A weak act told with the weapon it was done with: "downed a pylon using an explosive device".
import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';

/** Cue tags of weapons that only an armed hand uses: bombs, grenades, shells and rockets. */
const ARMS = new Set(['ied', 'grenade', 'shelling']);
/**
 * The word that brings in what an act was done with. Not "with" or "by": "a bank was hit with a device" is
 * left to a later sentence to confirm, as the other weak words are.
 */
const WITH = 'using';
/** Tokens from "using" to the weapon ("using a home-made remote-fired charge"). */
const WITH_REACH = 5;

const arms = (cue: PhraseHit) => ARMS.has(cue.phrase.tag);

/**
 * "Unknown men toppled a pylon using a remote-controlled bomb", "a hand grenade targeted the mayor's car": a
 * weak word of attack or wrecking the clause tells done with arms, or whose subject is the weapon itself,
 * is an armed incident even where no place is named; a storm or a company uses none.
 *
 * @example doneWithArms(frame) // true for "Rebels brought down a mast using explosives."
 */
export function doneWithArms(frame: Frame): boolean {
  const { view } = frame;
  const cues = view.cues.filter((c) => c.start >= frame.from && c.end <= frame.to && arms(c));
  if (cues.length === 0) return false;
  const opens = (at: number) => view.tokens[at]?.norm === WITH;
  const brought = cues.some((c) => {
    for (let at = c.start - 1; at >= Math.max(frame.from, c.start - WITH_REACH); at--)
      if (opens(at)) return true;
    return false;
  });
  const subject = frame.triggers.some((t) => cues.some((c) => c.end === t.start));
  return brought || subject;
}

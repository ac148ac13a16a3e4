// "A bomber on a motorcycle killed 16 people outside a bakery": a bomber told as the doer of a killing made
// the blast that killed, though no word of a blast or an attack is told.
import { wordsBetween } from './sentence-view.js';
import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';

/** "a bomber", "the bomber": one man named by his weapon (plural "bombers" may be aircraft). */
const ONE = /^(?:a|an|the|one|another)$/i;
/** At most this many tokens between the bomber and his killing ("on a motorcycle", "riding a motorbike"). */
const BETWEEN = 4;
/** Words that make the bomber no doer of the killing after him ("who was killed", "was shot"), or end his phrase. */
const NOT_DOER = /^(?:was|were|is|are|been|by|who|whom|that|and|,|;|\.)$/i;

/**
 * The suicide cue `cue` is a lone bomber right before an active killing of the frame (no other act between),
 * so the killing is his bombing.
 *
 * @example bomberKills(frame, cue) // true for "A bomber on a motorcycle killed 16 people"
 */
export function bomberKills(frame: Frame, cue: { start: number; end: number }): boolean {
  const tokens = frame.view.tokens;
  if (tokens[cue.end - 1]?.norm.toLowerCase() !== 'bomber' || !ONE.test(tokens[cue.start - 1]?.norm ?? ''))
    return false;
  const killing = frame.triggers.find((t: PhraseHit) => t.start >= cue.end && t.phrase.tag === '@kill');
  if (!killing || killing.start - cue.end > BETWEEN) return false;
  const acts = frame.view.triggers.filter((t) => t.start >= cue.end && t.start < killing.start);
  const words = wordsBetween(frame.view, cue.end, killing.start);
  return acts.length === 0 && !words.some((w) => NOT_DOER.test(w));
}

/** The side that repelled an attack: the attack's target, though named as the subject of the repelling. */
import type { ActorCandidate } from './actor-finder.js';
import { attemptBetween } from './attempted-acts.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { REPEL } from './fought-off.js';

/** Words between the repelling word and the attack ("repelled an attack", «صد هجوما», «تصدت لهجوم»). */
const REACH = 3;
/** The same, past the words of an attempt ("foiled a clumsy attempt to kidnap"). */
const ATTEMPT_REACH = 6;

/** Where the repelling word that governs the frame's act stands, -1 when none does. */
function repelAt(frame: Frame, reach: number): number {
  const tokens = frame.view.tokens;
  const trigger = mainTrigger(frame).start;
  // Only the `reach` tokens before the trigger are read: a search of the whole sentence from its end made
  // a call per token, and this is asked once per side of every frame of violence.
  for (let i = trigger - 1; i >= Math.max(frame.from, trigger - reach); i--)
    if (REPEL.test(tokens[i].norm)) return i;
  return -1;
}

/**
 * "تمكن الجيش الوطني من صد هجوم للحوثيين", "the army repelled an attack by Houthi fighters": the side named
 * before a word of repelling that stands right before the attack is the one attacked, whoever attacked.
 *
 * @example repeller(frame, perpetrators, houthis)?.ref.name // 'Military Forces of Yemen'
 */
export function repeller(
  frame: Frame,
  perpetrators: ActorCandidate[],
  actor1: ActorCandidate | null,
): ActorCandidate | undefined {
  const repel = repelAt(frame, REACH);
  if (repel < 0) return undefined;
  return perpetrators.findLast((c) => c.at < repel && c !== actor1 && c.ref.name !== actor1?.ref.name);
}

/**
 * The side that fought the act off is not who did it: "the army repelled an attack on its positions" (the army
 * was attacked), "guards foiled a clumsy attempt to kidnap a grocer" (the guards stopped kidnappers the text does
 * not name). True when `candidate` is named before the repelling word that governs the frame's act.
 *
 * @example foughtItOff(frame, guards) // true for "Guards foiled a clumsy attempt to kidnap a grocer."
 */
export function foughtItOff(frame: Frame, candidate: ActorCandidate): boolean {
  const near = repelAt(frame, REACH);
  const repel = near >= 0 ? near : repelAt(frame, ATTEMPT_REACH);
  if (repel < 0 || candidate.at >= repel) return false;
  return near >= 0 || attemptBetween(frame.view, repel, mainTrigger(frame).start);
}

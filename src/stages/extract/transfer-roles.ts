/** The sides of ground handed over without a fight: who received it (actor1) and who gave it up (actor2). */
import { partySide, type ActorCandidate } from './actor-finder.js';
import type { Roles } from './actor-roles.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { reach } from './phrase-matcher.js';
import type { ActorRef } from '../../core/records.js';

/**
 * "the army handed control of the district to the militia", «تسليم السيطرة على المعبر إلى المتمردين»:
 * ACLED codes the side that gains the ground first. It is named after the words of handing over; the side
 * that gave it up is named before them or among them.
 *
 * @example transferRoles(frame, candidates, null).actor1?.ref.name // 'Taliban'
 */
export function transferRoles(frame: Frame, candidates: ActorCandidate[], claimedBy: ActorRef | null): Roles {
  const trigger = mainTrigger(frame);
  const sides = candidates.filter(partySide);
  const end = reach(trigger);
  const taker = sides.find((c) => c.at >= end) ?? null;
  // «سلمت القوات الحكومية السيطرة على …»: the giver may stand inside the phrase, as the verb's subject.
  const giver = sides.filter((c) => c.at < end && c.ref.name !== taker?.ref.name).at(-1) ?? null;
  return { actor1: taker, actor2: giver, claimedBy };
}

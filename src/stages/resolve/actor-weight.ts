import type { EventRecord } from '../../core/records.js';

/** The weight of an actor1 that is the group that claimed the incident. */
export const CLAIMANT = 3;

/** What a telling loses when its actor1 is only the side of a clash named first. */
const PAIR_SIDE = 0.5;

/**
 * How well a telling backs its perpetrator: the group that claimed the incident (3), a named entity of the
 * knowledge base (2), a generic side ("gunmen", 1), none (0). A merge keeps the better-backed actor1, so
 * an early vague or wrong actor gives way to the claimant a later sentence names. "Clashes between the army
 * and Al-Shabaab" (`mutual`) names the sides in no order of who struck: the subject of "Al-Shabaab attacked
 * the base" backs its perpetrator better.
 *
 * @example actorWeight(claimedByDaesh) // 3
 */
export function actorWeight(e: EventRecord, mutual = false): number {
  const actor = e.actor1;
  if (!actor) return 0;
  const claimant = e.claimed_by;
  if (claimant && (actor.entity_id ?? actor.name) === (claimant.entity_id ?? claimant.name)) return CLAIMANT;
  return (actor.entity_id ? 2 : 1) - (mutual ? PAIR_SIDE : 0);
}

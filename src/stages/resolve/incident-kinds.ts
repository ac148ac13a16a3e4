import type { EventRecord } from '../../core/records.js';

// Which kinds of incident two tellings can share: what the merger asks before place and day.

/** Types that one violent incident can be told with (a bombing, "the attack", the clashes at the post). */
const VIOLENT = new Set(['Explosions/Remote violence', 'Violence against civilians', 'Battles']);
/** Battles that are about ground, not fighting: never the same incident as an attack. */
export const TERRITORY = new Set(['Government regains territory', 'Non-state actor overtakes territory']);
export const LOOTING = 'Looting/property destruction';
const CHEMICAL = 'Chemical weapon';

export function isViolent(e: EventRecord): boolean {
  return VIOLENT.has(e.event_type?.value ?? '') && !TERRITORY.has(e.sub_event_type?.value ?? '');
}

/**
 * Two mentions can tell one incident when they have the same sub-type, when one is the vague "attack", or
 * when one is a bomb the other tells more precisely (a suicide bombing, "the blast"). An air strike and
 * shelling, or a clash and an air raid, are separate incidents unless one sentence tells both.
 */
export function typesAgree(a: EventRecord, b: EventRecord, sameSentence: boolean): boolean {
  const sa = a.sub_event_type?.value;
  const sb = b.sub_event_type?.value;
  if (sa === sb) return true;
  if (burnedInAttack(a, b)) return true;
  if (!isViolent(a) || !isViolent(b)) return false;
  if (sa === 'Attack' || sb === 'Attack' || sameSentence || claimedBlast(a, b)) return true;
  // A gas attack is not a blast told more precisely: it is another incident.
  const explosions =
    a.event_type?.value === 'Explosions/Remote violence' &&
    b.event_type?.value === a.event_type?.value &&
    sa !== CHEMICAL &&
    sb !== CHEMICAL;
  return explosions && (sa === 'Remote explosive/landmine/IED' || sb === 'Remote explosive/landmine/IED');
}

/**
 * "Daesh said its fighters attacked the police station" and "suicide bombers blew themselves up at the
 * police station": the claimant tells its bombing as an attack or a clash; one of them an explosion, the
 * other claimed, they can be one incident (place and day still decide).
 */
function claimedBlast(a: EventRecord, b: EventRecord): boolean {
  const blast = (e: EventRecord) => e.event_type?.value === 'Explosions/Remote violence';
  return (a.claimed_by !== null && blast(b)) || (b.claimed_by !== null && blast(a));
}

/**
 * Homes the same named attackers burned in their attack on the people in them are part of that attack;
 * burnings by unnamed mobs in a round-up stay incidents of their own.
 */
export function burnedInAttack(a: EventRecord, b: EventRecord): boolean {
  const sa = a.sub_event_type?.value;
  const sb = b.sub_event_type?.value;
  const attacker = a.actor1?.entity_id ?? null;
  if (attacker === null || attacker !== (b.actor1?.entity_id ?? null)) return false;
  return (sa === 'Attack' && sb === LOOTING) || (sa === LOOTING && sb === 'Attack');
}

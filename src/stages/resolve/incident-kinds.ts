import type { EventRecord } from '../../core/records.js';
import { datesAgree, withinADay } from './incident-facts.js';
import { placesAgree } from './place-relations.js';

// Which kinds of incident two tellings can share: what the merger asks before place and day.

/** Types that one violent incident can be told with (a bombing, "the attack", the clashes at the post). */
export const VIOLENT: ReadonlySet<string> = new Set([
  'Explosions/Remote violence',
  'Violence against civilians',
  'Battles',
]);
/** Battles that are about ground, not fighting: never the same incident as an attack. */
const TERRITORY = new Set(['Government regains territory', 'Non-state actor overtakes territory']);
export const LOOTING = 'Looting/property destruction';
/** A gas attack: its own kind of incident, however the gas came. */
export const CHEMICAL = 'Chemical weapon';
/** Sub-types that name no weapon. */
export const WEAPONLESS = new Set(['Attack', 'Armed clash']);

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
  if (burnedInAttack(a, b) || oneDetention(a, b)) return true;
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
 * "Militiamen seized the mayor's brother. … The arrest of the brother …": a detention told as an abduction by
 * the side it names as taking him, and again as an arrest that names no one making it, can be one incident
 * (place and day still decide): whether it is an arrest or an abduction is read off who made it.
 */
function oneDetention(a: EventRecord, b: EventRecord): boolean {
  const [arrest, abduction] = a.sub_event_type?.value === 'Arrests' ? [a, b] : [b, a];
  return (
    arrest.sub_event_type?.value === 'Arrests' &&
    arrest.actor1 === null &&
    abduction.sub_event_type?.value === 'Abduction/forced disappearance' &&
    abduction.actor1 !== null
  );
}

/**
 * "Daesh said its fighters attacked the police station" and "suicide bombers blew themselves up at the
 * police station": the claimant tells its bombing as an attack or a clash; one of them an explosion, the
 * other claimed, they can be one incident (place and day still decide).
 */
export function claimedBlast(a: EventRecord, b: EventRecord): boolean {
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

/** Crowd events whose on-the-spot arrests belong to them, not to an arrest event of their own. */
const CROWD = new Set(['Riots', 'Protests']);

/**
 * "90 held in Surat" on the day of its riot, or undated in the very next sentence: arrests made during
 * the riot. Told there, they need no place of their own («اعتصم المعلمون أمام البرلمان. واعتقلت قوات
 * الأمن كل من صور»).
 */
export function arrestsOfCrowd(a: EventRecord, b: EventRecord, next: boolean): boolean {
  const toldNext = next && !b.date;
  return (
    b.sub_event_type?.value === 'Arrests' &&
    CROWD.has(a.event_type?.value ?? '') &&
    (withinADay(a.date?.value, b.date?.value) || toldNext) &&
    (placesAgree(a.location, b.location) === 'same' || (toldNext && !b.location))
  );
}

/** "rioting in X late on Sunday" and "stones thrown in X on Monday": one night's unrest in one town. */
export function riotRunsOn(a: EventRecord, b: EventRecord): boolean {
  return (
    a.event_type?.value === 'Riots' &&
    b.event_type?.value === 'Riots' &&
    a.location?.precision === 'town' &&
    (a.timing?.value ?? 'current') === (b.timing?.value ?? 'current') &&
    withinADay(a.date?.value, b.date?.value) &&
    placesAgree(a.location, b.location) === 'same'
  );
}

/**
 * "the resistance took the district after clashes that killed 26 Houthis": the fighting the same sentence
 * tells the ground was won in is that battle, and its toll the battle's.
 */
export function groundWonInClash(a: EventRecord, b: EventRecord): boolean {
  return (
    TERRITORY.has(a.sub_event_type?.value ?? '') &&
    b.sub_event_type?.value === 'Armed clash' &&
    a.fatalities === null &&
    a.injuries === null &&
    placesAgree(a.location, b.location) !== 'differ'
  );
}

/**
 * "a mob ransacked the police station … in protest against the violence": a protest and a riot one
 * sentence tells at one place are one crowd, whose riot is the event.
 */
export function protestRioted(a: EventRecord, b: EventRecord): boolean {
  const kinds = new Set([a.event_type?.value, b.event_type?.value]);
  return (
    kinds.has('Protests') &&
    kinds.has('Riots') &&
    (a.timing?.value ?? 'current') === (b.timing?.value ?? 'current') &&
    datesAgree(a.date?.value, b.date?.value) &&
    placesAgree(a.location, b.location) === 'same'
  );
}

/**
 * "the army captured six of the militia trying to slip into the town" next to "the army captured six and
 * killed 15 … fierce clashes": men an army takes in a battle at one place are taken in that battle, not
 * arrested in an incident of their own.
 */
export function capturedInBattle(a: EventRecord, b: EventRecord): boolean {
  const [arrest, clash] = a.sub_event_type?.value === 'Arrests' ? [a, b] : [b, a];
  return (
    arrest.sub_event_type?.value === 'Arrests' &&
    clash.sub_event_type?.value === 'Armed clash' &&
    (arrest.actor1?.name ?? '').startsWith('Military Forces') &&
    datesAgree(a.date?.value, b.date?.value) &&
    placesAgree(a.location, b.location) === 'same'
  );
}

/**
 * "held at the depot for trying to travel to X", "detained on their way to X", «اعتقلوا في
 * طريقهم إلى»: the held were stopped going elsewhere, on an errand of their own.
 */
const ON_THEIR_WAY =
  /\b(?:(?:for|while|when|as they were) (?:trying|attempting|seeking) to (?:board|travel|go|leave|proceed|reach|head)|on (?:their|his|her) way to|en route to|bound for)\b|(?:في طريق(?:هم|ه|هما)|[أا]ثناء توجه(?:هم|ه|هما)) (?:إلى|الى)/i;

/**
 * An arrest its sentence tells as made on the held's way elsewhere ("stopped at the depot for trying to
 * travel to X"): not the arrests of a crowd in the town, whatever its day.
 *
 * @example heldOnTheirWay(event, 'Forty activists were detained on their way to the capital.') // true
 */
export function heldOnTheirWay(event: EventRecord, text: string): boolean {
  const sentence = event.evidence[0];
  return (
    event.sub_event_type?.value === 'Arrests' &&
    sentence !== undefined &&
    ON_THEIR_WAY.test(text.slice(sentence[0], sentence[1]))
  );
}

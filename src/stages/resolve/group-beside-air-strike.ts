import { tollOnly } from './incident-absorb.js';
import { flightless } from './grounded-striker.js';
import type { EventRecord } from '../../core/records.js';
import { STATE_FORCES } from '../../core/sides-by-name.js';
import type { Placed } from './placed.js';

const AIR_STRIKE = 'Air/drone strike';

/**
 * "Jets pounded hideouts near Velka. In Ostra, Dawn Front fighters stormed two army posts; 40 were killed": an
 * attack by a side that flies no warplanes, told as an act of its own, is another incident than the air strike
 * told before it (their sides may even be foes), though it names no town and counts dead the strike did not.
 * A toll told alone guesses its sides from who died, "the attack" may point back, and the group the strike hit
 * may be told as a side of it again ("the army said it struck a Dawn Front base"): each may be the strike.
 *
 * @example groupBesideAirStrike(strike, groupAttack) // true: the merger and the town tolls keep them apart
 */
export function groupBesideAirStrike(strike: Placed, item: Placed): boolean {
  const doer = item.event.actor1?.entity_id;
  return (
    strike.event.sub_event_type?.value === AIR_STRIKE &&
    item.event.sub_event_type?.value !== AIR_STRIKE &&
    !item.anaphoric &&
    !tollOnly(item) &&
    flightless(doer) &&
    strike.event.actor1?.entity_id !== doer &&
    strike.event.actor2?.entity_id !== doer
  );
}

/** A state's forces, by their id or, before the incident is settled and they get one, by the template's name. */
const stateForces = (side: EventRecord['actor1']): boolean =>
  side !== null && (side.entity_id?.startsWith('actor:forces:') === true || STATE_FORCES.test(side.name));

/**
 * "Rebels of Dawn Front stormed an army post" (placed nowhere) and "an army unit shelled a gathering in Ostra": a
 * state's forces and an armed group as the doers of two tellings are two sides, though the forces are named by a
 * template that has given them no id yet (two ids that differ already tell two doers).
 *
 * @example forcesAndGroup(armyRef, dawnFrontRef) === true
 */
export function forcesAndGroup(a: EventRecord['actor1'], b: EventRecord['actor1']): boolean {
  return (stateForces(a) && flightless(b?.entity_id)) || (stateForces(b) && flightless(a?.entity_id));
}

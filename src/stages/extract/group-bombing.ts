// "The rebels bombed a power station": an armed group's "bombed" names no aircraft; groups that bomb without
// planes plant or throw their bombs. Nor does "a bus bombed" by no one told: a road vehicle is bombed by a device
// set on or beside it unless aircraft are told. Read before the weapon is chosen, so a cue of its clause may
// still refine it.
import type { SubEventType } from '../../core/taxonomy.js';
import type { Roles } from './actor-roles.js';
import type { Frame } from './frame-builder.js';

/**
 * The sub-types the frame's triggers name, with an air strike told only by a bare "bombed" (no aircraft in its
 * sentence, no other trigger telling one) read as a planted bomb when a group did it, or when no one is told
 * doing it to a bus, a train or a car.
 *
 * @example groundBombing(frame, roles, ['Air/drone strike']) // ['Remote explosive/landmine/IED'] for "Rebels bombed a depot"
 */
export function groundBombing(frame: Frame, roles: Roles, explicit: SubEventType[]): SubEventType[] {
  if (!explicit.includes('Air/drone strike')) return explicit;
  if (roles.actor1?.side !== 'group' && (roles.actor1 !== null || !vehicleInFrame(frame))) return explicit;
  const air = frame.triggers.filter((t) => t.phrase.tag === 'Air/drone strike');
  if (!air.every((t) => t.phrase.words.length === 1 && t.phrase.words[0] === 'bombed')) return explicit;
  if (frame.view.cues.some((c) => c.phrase.tag === 'air')) return explicit;
  return explicit.map((s) => (s === 'Air/drone strike' ? 'Remote explosive/landmine/IED' : s));
}

/** Road and rail vehicles people ride in: "a bus bombed", "bombed a passenger train". */
const VEHICLE = /^(?:bus|buses|minibus|minibuses|coach|train|trains|car|cars|van|taxi|taxis)$/;

function vehicleInFrame(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  for (let at = frame.from; at < frame.to; at++) if (VEHICLE.test(tokens[at].norm)) return true;
  return false;
}

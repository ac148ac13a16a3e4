// "The rebels bombed a power station": an armed group's "bombed" names no aircraft; groups that bomb without
// planes plant or throw their bombs. Read before the weapon is chosen, so a cue of its clause may still refine it.
import type { SubEventType } from '../../core/taxonomy.js';
import type { Roles } from './actor-roles.js';
import type { Frame } from './frame-builder.js';

/**
 * The sub-types the frame's triggers name, with an air strike told only by a group's bare "bombed" (no aircraft
 * in its sentence, no other trigger telling one) read as a planted bomb.
 *
 * @example groundBombing(frame, roles, ['Air/drone strike']) // ['Remote explosive/landmine/IED'] for "Rebels bombed a depot"
 */
export function groundBombing(frame: Frame, roles: Roles, explicit: SubEventType[]): SubEventType[] {
  if (roles.actor1?.side !== 'group' || !explicit.includes('Air/drone strike')) return explicit;
  const air = frame.triggers.filter((t) => t.phrase.tag === 'Air/drone strike');
  if (!air.every((t) => t.phrase.words.length === 1 && t.phrase.words[0] === 'bombed')) return explicit;
  if (frame.view.cues.some((c) => c.phrase.tag === 'air')) return explicit;
  return explicit.map((s) => (s === 'Air/drone strike' ? 'Remote explosive/landmine/IED' : s));
}

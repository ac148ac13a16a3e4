/**
 * "قصفت قوات التحالف مواقع الحوثيين", "coalition bombardment of rebel positions": the coalitions that wage
 * their wars from the air (the Saudi-led one in Yemen, the US-led one in Iraq and Syria) bombard from
 * aircraft. A bare bombardment word of theirs, with no gun, mortar or rocket named in the clause, is an air
 * strike, not artillery fire.
 */
import type { Roles } from './actor-roles.js';
import type { Typed } from './event-typer.js';
import type { CueOf } from './weapon-cues.js';

/** Sides whose bombardments are air strikes unless a ground weapon is named. */
const AIR_WAR_SIDES = new Set(['actor:saudi-led-coalition', 'actor:us-led-coalition']);

/** The chosen weapon, made an air strike when an air-war side's bare bombardment was read as shelling. */
export function airWarBombardment(weapon: Typed, roles: Roles, cueOf: CueOf): Typed {
  if (weapon.sub !== 'Shelling/artillery/missile attack' || cueOf('shelling')) return weapon;
  const side = roles.actor1?.ref.entity_id;
  return side && AIR_WAR_SIDES.has(side) ? { ...weapon, sub: 'Air/drone strike' } : weapon;
}

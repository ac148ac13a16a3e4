// The weapon that types a violent act: the one its trigger names, made more precise by a weapon cue of its
// clause where the cue can refine it (a suicide bomber outranks the explosion he caused).
import type { Span } from '../../core/span.js';
import type { SubEventType } from '../../core/taxonomy.js';
import { bomberKills } from './bomber-kills.js';
import type { Typed } from './event-typer.js';
import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';
import { hitSpan } from './sentence-view.js';
import type { CueOf } from './weapon-cues.js';

/** Weapon sub-types, most telling first: a suicide bomber outranks the explosion he caused. */
const WEAPONS: [cue: string, sub: SubEventType][] = [
  ['chemical', 'Chemical weapon'],
  ['suicide', 'Suicide bomb'],
  ['air', 'Air/drone strike'],
  ['grenade', 'Grenade'],
  ['shelling', 'Shelling/artillery/missile attack'],
  ['ied', 'Remote explosive/landmine/IED'],
];
/** Weapon cues that can make even a named weapon more precise. */
const OVERRIDING = new Set<SubEventType>(['Suicide bomb', 'Chemical weapon', 'Air/drone strike']);
const WEAPON_RANK = new Map<string, number>(WEAPONS.map(([, sub], i) => [sub, i]));
/** Generic classes a weapon named in the clause makes precise. */
const REFINABLE = new Set([
  '@attack',
  '@explosion',
  '@strike',
  '@fire',
  '@kill',
  '@launch',
  'Remote explosive/landmine/IED',
  'Attack',
  // Damage told with a blow ("… destroying a tank and burning a truck") does not make its weapon.
  'Looting/property destruction',
]);

/**
 * A trigger tag that is itself a weapon sub-type ("Grenade", "Air/drone strike"), so a blow was delivered.
 *
 * @example isWeaponType('Grenade') // true
 */
export function isWeaponType(tag: string): boolean {
  return WEAPON_RANK.has(tag);
}

/** The cue tags that name a weapon ("ied" for "a bomb", "air" for "warplanes"): the clause tells arms used. */
export const WEAPON_CUE_TAGS: ReadonlySet<string> = new Set(WEAPONS.map(([cue]) => cue));

/** A weapon cue refines a trigger only where it can: an air cue does not make a shooting an air strike. */
function fitsCue(sub: SubEventType, tags: string[], weapons: SubEventType[], antiTank: boolean): boolean {
  // A weapon the trigger names ("car bomb") yields only to a suicide attacker, gas or aircraft; a mortar
  // mentioned in the same clause is another weapon, not this one.
  if (weapons.length > 0 && !OVERRIDING.has(sub)) return false;
  if (sub === 'Suicide bomb')
    return tags.some((t) => t === '@explosion' || t === '@attack') || weapons.length > 0;
  if (sub === 'Air/drone strike' || sub === 'Chemical weapon') return !tags.includes('@fire');
  return !tags.includes('Armed clash') || (sub === 'Shelling/artillery/missile attack' && !antiTank);
}

/** "clashes … disabled tanks with TOW missiles": the missile `hit` names is a guided anti-tank one. */
function antiTankMissile(frame: Frame, hit: PhraseHit): boolean {
  return frame.view.cues.some((c) => c.phrase.tag === 'antitank' && c.start <= hit.start && hit.end <= c.end);
}

/**
 * The weapon sub-type of a violent frame, from the weapons its triggers name (`explicit`) and the weapon cues
 * its clause may read; undefined when no weapon is told.
 *
 * @example chosenWeapon(frame, [], ['@attack'], spans, cueOf)?.sub // 'Suicide bomb' for "a suicide bomber attacked"
 */
export function chosenWeapon(
  frame: Frame,
  explicit: SubEventType[],
  tags: string[],
  spans: Span[],
  cueOf: CueOf,
): Typed | undefined {
  // A suicide bomber, gas or aircraft decides whatever else is named; among other weapons the one told first
  // opened the attack ("a car bomb, then rocket fire" is a car bomb attack).
  const named = explicit.filter((s) => WEAPON_RANK.has(s));
  const weapons = [
    ...named.filter((s) => OVERRIDING.has(s)).sort((a, b) => WEAPON_RANK.get(a)! - WEAPON_RANK.get(b)!),
    ...named.filter((s) => !OVERRIDING.has(s)),
  ];
  const refinable = tags.every((t) => REFINABLE.has(t) || WEAPON_RANK.has(t) || t === 'Armed clash');
  if (refinable) {
    for (const [cue, sub] of WEAPONS) {
      const hit = cueOf(cue);
      const rank = WEAPON_RANK.get(sub)!;
      if (
        hit &&
        (weapons.length === 0 || rank < WEAPON_RANK.get(weapons[0])!) &&
        (fitsCue(sub, tags, weapons, antiTankMissile(frame, hit)) ||
          (sub === 'Suicide bomb' && bomberKills(frame, hit)))
      ) {
        return { sub, spans: [...spans, hitSpan(frame.view, hit)] };
      }
    }
  }
  if (weapons.length > 0) return { sub: weapons[0], spans };
  return undefined;
}

/** The make of a weapon another side used, told by the nationality before it ("fired Russian rockets"). */
import { wordSet } from '../../core/text/word-set.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Verbs whose object is a weapon another side used: "rebels fired Russian rockets", "using Iranian missiles".
 * Not "launched": its object is as often the act ("Israel launched Israeli air strikes"), of the side itself.
 */
const WEAPON_USED = wordSet('used using uses fired firing');
/** The last word of a weapon a side may have bought from another: a munition, not an act such as a raid. */
const MUNITION = wordSet(
  'rocket rockets missile missiles bomb bombs shell shells mortar mortars drone drones grenade grenades',
);

/**
 * "rebels fired Russian rockets at the town", "an attack in which Czech bombs were used": the words at tokens
 * [at, end) stand right before a weapon of `triggers` that is the object of a verb of using, or that was used,
 * and tell the weapon's make, not who struck with it.
 *
 * @example namesWeaponMake(view, view.triggers, 2, 3) // true for "Rebels used Russian rockets"
 */
export function namesWeaponMake(
  view: SentenceView,
  triggers: readonly PhraseHit[],
  at: number,
  end: number,
): boolean {
  const weapon = triggers.find((t) => t.start === end);
  if (!weapon || !MUNITION.has(view.tokens[weapon.end - 1].norm)) return false;
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  // Or the weapon was used, told after it: "in which Czech bombs were used".
  const wasUsed =
    (norm(weapon.end) === 'was' || norm(weapon.end) === 'were') && norm(weapon.end + 1) === 'used';
  return WEAPON_USED.has(norm(at - 1)) || wasUsed;
}

/** The make of a weapon another side used, told by the nationality before it ("fired Russian rockets"). */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';
import { wordSet } from '../../core/text/word-set.js';

/** Verbs whose object is a weapon another side used: "rebels fired Russian rockets", "using Iranian missiles". */
const WEAPON_USED = wordSet('used using uses fired firing launched launching');
/** What follows a weapon that others used: "in which Czech bombs were used". */
const USED_AFTER = /^(?:was|were) used$/;

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
  if (!weapon) return false;
  const after = view.tokens.slice(weapon.end, weapon.end + 2).map((t) => t.norm);
  return WEAPON_USED.has(view.tokens[at - 1]?.norm ?? '') || USED_AFTER.test(after.join(' '));
}

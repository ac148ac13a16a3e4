/**
 * "A bomb exploded at a rally", "a grenade was hurled into the demonstration": a gathering named as where a
 * weapon went off is the scene and the target of the blast, not a protest told of its own. Left as a trigger,
 * it becomes a second frame that takes the place and the toll and types the incident a peaceful protest.
 */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';
import { isWeaponType } from './weapon-choice.js';

/** English nouns of a gathering: the protest words that can be where something happened. */
const GATHERING = /^(?:rally|rallies|protest|protests|demonstration|demonstrations|march|sit-in|dharna)$/;
/** Words that put the gathering as where the blast was: "at", "into", "targeting". */
const AT = /^(?:at|on|into|inside|near|amid|among|targeting|targeted)$/;
/** Words between the preposition and the noun: "a political", "the opposition's", "an election". */
const MODIFIER = /^[\p{L}'-]+$/u;
/** How many modifiers may stand between the preposition and the noun. */
const MODIFIER_REACH = 3;
/** How far before the gathering, in tokens, the weapon's trigger may end. */
const WEAPON_REACH = 8;

/**
 * Whether `trigger` is a protest noun told as where a weapon trigger just before it went off.
 *
 * @example struckGathering(view, rally) === true // "A bomb exploded at a political rally in the square."
 */
export function struckGathering(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'en' || trigger.phrase.tag !== 'Peaceful protest') return false;
  if (!GATHERING.test(view.tokens[trigger.start].norm)) return false;
  let at = trigger.start - 1;
  while (at >= 0 && trigger.start - at <= MODIFIER_REACH && !AT.test(view.tokens[at].norm)) {
    if (!MODIFIER.test(view.tokens[at].norm)) return false;
    at--;
  }
  if (at < 0 || !AT.test(view.tokens[at].norm)) return false;
  return view.triggers.some(
    (t) =>
      // The bomb, the shell, the grenade, or a blast whose weapon is told apart.
      (isWeaponType(t.phrase.tag) || t.phrase.tag === '@explosion') &&
      t.end <= at &&
      at - t.end <= WEAPON_REACH &&
      !view.tokens.slice(t.end, at).some((w) => /^[.;:!?]$/.test(w.norm)),
  );
}

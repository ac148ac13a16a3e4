// "Riot police", "riot gear": the word of a riot naming a unit or its kit, no riot.
import type { PhraseHit } from './phrase-matcher.js';

/** What a force keeps for riots, named after them: "riot police", "riot gear", "riot-control vehicles". */
const KEPT_FOR_RIOTS =
  /^-?(?:police|policemen|policewomen|officers|squads?|units?|troops|gear|shields?|control|vans?|helmets?)$/;

/**
 * Whether a trigger is the word "riot" as the first half of a unit's or its kit's name: "riot police fired
 * on the crowd" and "troops in riot gear" tell no riot, and the police are the side named after it, not a
 * riot standing between "clashed with" and them.
 *
 * @example namesRiotKit(tokens, hitOfRiot) // true for "clashed with riot police"
 */
export function namesRiotKit(tokens: readonly { norm: string }[], trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'en' || trigger.phrase.words.join(' ') !== 'riot') return false;
  const next = tokens[trigger.end]?.norm;
  const word = next === '-' ? tokens[trigger.end + 1]?.norm : next;
  return KEPT_FOR_RIOTS.test(word ?? '');
}

/** Captives told by who keeps or carries them off: "rebels are holding three nuns", "taken by the front". */
import type { PhraseHit } from './phrase-matcher.js';

/** "are holding three nuns", "has been holding 40 workers": the rows of captives kept now. */
const HOLDING = /^(?:(?:are|is) holding|(?:have|has) been holding) /;
/** "seven villagers were taken by", "he was taken away by": the rows of people carried off. */
const TAKEN = / taken (?:away )?by$/;

/**
 * Whether a trigger is a row of people held ("are holding three nuns") or taken ("were taken by"), which tells
 * a kidnapping only when an armed side holds or takes them: police "are holding" suspects, and a child is
 * "taken by" his parents.
 *
 * @example heldOrTakenPeople(hit) // true for the trigger of "Seven villagers were taken by the rebels."
 */
export function heldOrTakenPeople(trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'en') return false;
  const phrase = trigger.phrase.words.join(' ');
  return HOLDING.test(phrase) || TAKEN.test(phrase);
}

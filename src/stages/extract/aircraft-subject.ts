// "Warplanes struck Kafr X", "a drone hit a car": a weak verb of striking whose subject is a military
// aircraft tells an air strike as surely as "bombed" does, even where the base knows no place it names.
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Weak English verbs of striking that an aircraft as their subject makes a strike ("struck", "hit", "raided"). */
const STRIKING = /^(?:struck|hit|strikes|hits|attacked|targeted|raided|pounded)$/;
/**
 * Aircraft that fly only to fight ("warplanes", "jets", "drones", "gunships"). A bare "plane" or "aircraft"
 * also hits runways and power lines in accidents, so it is left out.
 */
const WARCRAFT = /^(?:warplanes?|jets?|fighter-jets?|drones?|gunships?|warjets?)$/;
/** Words that may stand between the aircraft and its verb: "jets also struck", "drones reportedly hit". */
const BETWEEN = /^(?:also|reportedly|allegedly|then|again|later|repeatedly|have|has|had)$/;

/**
 * A weak English verb of striking told with a military aircraft right before it as its subject ("Warplanes
 * struck Tell X", "Russian jets also hit the town"): an air strike needing no place or toll to back it.
 *
 * @example aircraftSubject(view, trigger) // true for "struck" in "Warplanes struck Kafr Ruma on Sunday."
 */
export function aircraftSubject(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'en' || trigger.end - trigger.start !== 1) return false;
  if (!STRIKING.test(view.tokens[trigger.start].norm)) return false;
  let at = trigger.start - 1;
  while (at > 0 && BETWEEN.test(view.tokens[at].norm)) at--;
  return WARCRAFT.test(view.tokens[at]?.norm ?? '');
}

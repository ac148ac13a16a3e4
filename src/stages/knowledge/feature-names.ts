// Features named after small towns abroad: "the Santa Catalina Mountains", "Hazelwood Park", "the Carlton Hotel",
// "Sutton Gardens".
import { TOWN_KINDS, type NameSense } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { needsSupport } from './country-evidence.js';

/**
 * A landform's, a park's, a college's, a hotel's or a street's capitalised noun right after a name: "Mountains",
 * "Park", "Gardens", "Avenue".
 */
const FEATURE_AFTER =
  /^\s+(?:Mountains?|Park|River|Lake|Valley|Hills|Forest|Beach|Bay|Canyon|Creek|College|Hotel|Gardens|Streets?|Avenue|Lane)\b/u;

/** A name that starts with a saint's title, written out or abbreviated: "Saint Joseph", "St. Joseph", "Ste-Anne". */
const SAINT_NAME = /^(?:Saint|Sainte|St|Ste)\b/u;
/** What makes a saint's name a parish's, a school's or a hospital's: "St. Joseph's", "St. Mary Church". */
const SAINTS_FEATURE_AFTER =
  /^(?:['\u2019]s\b|\s+(?:Church|Cathedral|Chapel|Basilica|Monastery|Parish|School|Hospital)\b)/u;

/** A town sense from the worldwide gazetteer below a metropolis, which needs support to be a place at all. */
export const isNamesakeTown = (s: NameSense): boolean =>
  TOWN_KINDS.has(s.entity.kind) && needsSupport(s.entity);

/**
 * True when the name heads a landform's, a park's, a college's or a hotel's name, or is a saint's that a
 * church's, a school's or a hospital's takes ("St. Joseph's Church"), and may mean a small town of the
 * worldwide gazetteer: such a town, of all the world's namesakes, is no clue to the scene.
 *
 * @example namesFeature('fires in the Santa Catalina Mountains', matchOf('Santa Catalina')) === true
 */
export function namesFeature(text: string, match: NameMatch): boolean {
  const after = text.slice(match.span[1], match.span[1] + 16);
  const feature =
    FEATURE_AFTER.test(after) ||
    (SAINTS_FEATURE_AFTER.test(after) && SAINT_NAME.test(text.slice(match.span[0], match.span[1])));
  return feature && match.senses.some(isNamesakeTown);
}

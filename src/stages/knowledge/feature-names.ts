// Features named after small towns abroad: "the Santa Catalina Mountains", "Hazelwood Park", "the Carlton Hotel".
import { TOWN_KINDS, type NameSense } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { needsSupport } from './country-evidence.js';

/** A landform's, a park's, a college's or a hotel's capitalised noun right after a name: "Mountains", "Park". */
const FEATURE_AFTER =
  /^\s+(?:Mountains?|Park|River|Lake|Valley|Hills|Forest|Beach|Bay|Canyon|Creek|College|Hotel)\b/u;

/** A town sense from the worldwide gazetteer below a metropolis, which needs support to be a place at all. */
export const isNamesakeTown = (s: NameSense): boolean =>
  TOWN_KINDS.has(s.entity.kind) && needsSupport(s.entity);

/**
 * True when the name heads a landform's, a park's, a college's or a hotel's name and may mean a small town of
 * the worldwide gazetteer: such a town, of all the world's namesakes, is no clue to the scene.
 *
 * @example namesFeature('fires in the Santa Catalina Mountains', matchOf('Santa Catalina')) === true
 */
export function namesFeature(text: string, match: NameMatch): boolean {
  return (
    FEATURE_AFTER.test(text.slice(match.span[1], match.span[1] + 16)) && match.senses.some(isNamesakeTown)
  );
}

import type { Frame } from './frame-builder.js';

/** "during", «خلال», «أثناء» (folded): the words that set an arrest inside a happening. */
const DURING = /^(?:during|amid|amidst|[وف]?خلال|[وف]?اثناء)$/;
/** A crowd's happening: a protest, a strike that shuts a town, a riot (Arabic folded, with its article). */
const CROWD =
  /^(?:bandhs?|hartals?|protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|sit-ins?|riots?|rioting|agitations?|unrest|disturbances?|(?:ال)?(?:مظاهر[هة]|مظاهرات|تظاهر[هة]|تظاهرات|احتجاج|احتجاجات|اعتصام|مسير[هة]|شغب))$/;
/** Words that may stand between "during" and the crowd's word: "during the vhp bandh", "during friday's rally". */
const CROWD_REACH = 3;

/**
 * "124 vhp workers were detained in gaya, nawada and patna during the bandh", «اعتقلت الشرطة عشرين متظاهرا خلال
 * الاحتجاجات»: people held on the spot at a protest or a riot belong to that event, which tells them; an arrest
 * operation told in its own right ("police arrested 40 in a raid", "in connection with the riots") is an
 * event of its own.
 *
 * @example arrestsAtCrowd(frame) // true for "15 bandh supporters were arrested during the bandh"
 */
export function arrestsAtCrowd(frame: Frame): boolean {
  if (frame.family !== 'arrest') return false;
  const tokens = frame.view.tokens;
  for (let at = frame.triggers[0].end; at < tokens.length; at++) {
    if (!DURING.test(tokens[at].norm)) continue;
    const reach = tokens.slice(at + 1, at + 1 + CROWD_REACH);
    if (reach.some((t) => CROWD.test(t.norm))) return true;
  }
  return false;
}

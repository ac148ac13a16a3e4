import type { Frame } from './frame-builder.js';

/** "during", «خلال», «أثناء» (folded): the words that set an arrest inside a happening. */
const DURING = /^(?:during|amid|amidst|[وف]?خلال|[وف]?اثناء)$/;
/**
 * "while", "by" before a gerund: the arrested were caught in the act ("arrested while taking out processions",
 * "for defying a ban by taking out processions"); "by the police" is no act.
 */
const WHILE = /^(?:while|by)$/;
const GERUND = /ing$/;
/** A crowd's happening: a protest, a strike that shuts a town, a riot (Arabic folded, with its article). */
const CROWD =
  /^(?:bandhs?|hartals?|protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|processions?|dharnas?|sit-ins?|riots?|rioting|agitations?|unrest|disturbances?|(?:ال)?(?:مظاهر[هة]|مظاهرات|تظاهر[هة]|تظاهرات|احتجاج|احتجاجات|اعتصام|مسير[هة]|شغب))$/;
/** Words that may stand between "during" and the crowd's word: "during the vhp bandh", "during friday's rally". */
const CROWD_REACH = 3;
/** "while" may reach past a verb and a quoted aim: "while taking out \"anti-terrorism\" processions". */
const WHILE_REACH = 6;
/** Words that carry the reach to another time ("while hiding after the riots"): the crowd is not the scene. */
const OTHER_TIME = /^(?:after|before|following|since|over)$/;

/**
 * "124 vhp workers were detained in gaya, nawada and patna during the bandh", "300 activists were arrested while
 * taking out processions", «اعتقلت الشرطة عشرين متظاهرا خلال
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
    const norm = tokens[at].norm;
    const inAct = WHILE.test(norm) && (norm === 'while' || GERUND.test(tokens[at + 1]?.norm ?? ''));
    const span = DURING.test(norm) ? CROWD_REACH : inAct ? WHILE_REACH : 0;
    if (span === 0) continue;
    const reach = tokens.slice(at + 1, at + 1 + span);
    const cut = reach.findIndex((t) => OTHER_TIME.test(t.norm));
    if (cut >= 0) reach.length = cut;
    if (reach.some((t) => CROWD.test(t.norm))) return true;
  }
  return false;
}

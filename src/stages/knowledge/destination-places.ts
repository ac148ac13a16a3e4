// Where a vehicle, a load or a traveller was going is not where it was struck: "a bus bound for Kabul",
// "pilgrims to Mecca", "a convoy returning to Kuwait", "crude piped to a Mediterranean port". News names the
// destination to tell the route, and the attack most often happened on the way, somewhere else.
//
// The patterns here are read before every town's name and nearly never match: each is guarded
// (core/text/guarded-pattern) by the words every match of it holds, which most leads lack, so the pattern
// is not tried at every place of them.
import { guardedPattern } from '../../core/text/guarded-pattern.js';

/** "a train bound for Ethiopia", "a flight en route to India", "a bus headed for Pakistan". */
export const BOUND_BEFORE = guardedPattern(
  /\b(?:bound|destined|head(?:ed|ing))\s+(?:for|to|towards?)\s+(?:the\s+)?$|\ben\s+route\s+to\s+(?:the\s+)?$/,
);

/** Besides BOUND_BEFORE: "pilgrims to Karbala", "a convoy returning to Turkey", "on their way back to Quetta". */
const TRAVEL_END_BEFORE = guardedPattern(
  new RegExp(
    [
      String.raw`\bpilgrims?\s+(?:to|for)\s+(?:the\s+)?$`,
      String.raw`\breturn(?:ed|ing|s)?\s+(?:home\s+)?to\s+(?:the\s+)?$`,
      String.raw`\b(?:on|along)\s+(?:their|his|her|its|the)\s+way\s+(?:back\s+)?to\s+(?:the\s+)?$`,
    ].join('|'),
    'u',
  ),
);

/**
 * "oil piped to the Ceyhan terminal", "cargo moved through the Qarni port of Sarim": a port, terminal or
 * refinery named as the end (or the start) of a load's route. Not "in the port of Aden", where the port is
 * the scene.
 */
const CARGO_END_BEFORE = guardedPattern(
  new RegExp(
    [
      String.raw`\b(?:transport|carry|export|pump|pipe|ship)(?:s|ed|ing)?\s+(?:oil|crude|gas|fuel)\s+to\s+(?:the\s+)?$`,
      String.raw`\b(?:to|from|through|towards?)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:port|terminal|refinery)\s+(?:of|at)\s+$`,
    ].join('|'),
    'u',
  ),
);

/** A place named as where travellers were going, read in the lower-cased view. */
export const namedAsTravelEnd = (before: string): boolean =>
  BOUND_BEFORE.test(before) || TRAVEL_END_BEFORE.test(before);

/** A place named as where a load was carried to or from, read in the lower-cased view. */
export const namedAsCargoEnd = (before: string): boolean => CARGO_END_BEFORE.test(before);

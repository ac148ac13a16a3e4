import type { Mention } from './records.js';

// A country named as the one a diplomatic mission or envoy serves: "the U.S. Embassy", "Canada's honorary
// consul", "the embassy of Japan". A mission stands abroad, so that country is never where the incident
// happened. Both the extract stage (which place a clause is at) and the resolve stage (which country an
// article's unplaced events lie in) ask. English only for now.

/** A mission or its staff right after the country's name or adjective ("Turkish Consulate General"). */
const MISSION_AFTER =
  /^\.?(?:['’]s)?(?:\s+|-)(?:honorary\s+|military\s+|deputy\s+|chief\s+)?(?:embass(?:y|ies)|consulates?|consuls?|consul[- ]general|high\s+commission|ambassadors?|legation|chancery|attach[eé]s?|diplomats?)\b/i;
/** "the embassy of Japan": a mission named before the country it serves ("ambassador to Iraq" is there). */
const MISSION_BEFORE =
  /\b(?:embass(?:y|ies)|consulates?|consul(?:[- ]general)?|high\s+commission|ambassadors?|legation)\s+of\s+(?:the\s+)?$/i;

/**
 * Whether a mention of a country (by name or adjective) names the country a mission serves.
 *
 * @example namesMission(canadaMention, 'a grenade landed by the Canadian embassy gate') // true
 */
export function namesMission(m: Pick<Mention, 'span' | 'place'>, text: string): boolean {
  if (m.place?.precision !== 'country') return false;
  return (
    MISSION_AFTER.test(text.slice(m.span[1], m.span[1] + 40)) ||
    MISSION_BEFORE.test(text.slice(Math.max(0, m.span[0] - 30), m.span[0]))
  );
}

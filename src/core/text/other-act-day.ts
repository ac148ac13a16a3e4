import { allMatches } from './all-matches.js';

/**
 * "a mortar hit a bus of families evacuated from a camp on Sunday", "gunmen shot the
 * airman once he had to eject on Sunday": a day written right after a verb of another, peaceful act (an evacuation, an
 * ejection, a visit, a meeting, an arrival) dates that act, not the incident the sentence tells. Read by the
 * extract stage (a clause's date) and the resolve stage (a day told for an undated incident) alike.
 */

/** Verbs of acts that are no incident, whose day a trailing date most often gives. */
const OTHER_ACT =
  /\b(?:evacuat(?:e|ed|ing)|eject(?:ed|ing)?|visit(?:ed|ing)?|met|meet(?:ing)?|arriv(?:e|ed|ing)|depart(?:ed|ing)?|travel(?:l?ed|l?ing)|landed)\b/gi;
/** Characters before a day within which the other act's verb stands. */
const OTHER_ACT_REACH = 48;
/** Words that may stand between that verb and its day: its object and place, in one clause. */
const WORDS_TO_DAY = /^(?:\s+[\w'’-]+){0,6}\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;

/**
 * The character offset of the verb of another act whose day the date starting at `dayStart` gives, or -1.
 * @example otherActBefore('people evacuated from two towns on Friday', 34) // 7
 */
export function otherActBefore(text: string, dayStart: number): number {
  const from = Math.max(0, dayStart - OTHER_ACT_REACH);
  const verb = allMatches(OTHER_ACT, text.slice(from, dayStart)).at(-1);
  if (!verb) return -1;
  const between = text.slice(from + verb.index + verb[0].length, dayStart);
  return WORDS_TO_DAY.test(between) ? from + verb.index : -1;
}

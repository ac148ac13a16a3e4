import type { Mention } from '../../core/records.js';

// Some sources strip every comma from their text, so a list of towns reads "struck Kafr Zita Jub Tal and
// Kafr Nabudah": the towns stand a bare space apart. A bare space alone never makes a list ("X Raqqa" may be
// a town and its area); a run of towns a bare space apart that ends in "and" before one more town does.

/** Nothing but spaces between two places. */
const BARE_SPACE = /^[ \t]+$/;
/** The conjunction that closes a list: "and", "or" (English, which the comma-stripped sources write). */
const CLOSING_CONJUNCTION = /^\s+(?:and|or)\s+$/i;

const isTown = (m: Mention | undefined): m is Mention => m?.place?.precision === 'town';

/**
 * Two towns a bare space apart belong to one list when the towns after them, each a bare space from the last,
 * are closed by "and" before one more town: "in the towns of A B C and D". `places` come in text order (every
 * caller's list is sorted).
 *
 * @example
 * // text: 'airstrikes on the towns of Kafr Takharim Kafr Nabl Saraqib and Sarmin'
 * spacedListJoin(kafrTakharim, kafrNabl, [kafrTakharim, kafrNabl, saraqib, sarmin], text) // true
 * // text: 'airstrikes on Kafr Nabl Idlib' — no closing "and": a town and its area
 * spacedListJoin(kafrNabl, idlib, [kafrNabl, idlib], text) // false
 */
export function spacedListJoin(
  prev: Mention,
  next: Mention,
  places: readonly Mention[],
  text: string,
): boolean {
  if (!isTown(prev) || !isTown(next) || !BARE_SPACE.test(text.slice(prev.span[1], next.span[0])))
    return false;
  const after = places.filter((m) => m.span[0] >= next.span[1]);
  let last = next;
  for (const m of after) {
    if (!isTown(m)) return false;
    const gap = text.slice(last.span[1], m.span[0]);
    if (CLOSING_CONJUNCTION.test(gap)) return true;
    if (!BARE_SPACE.test(gap)) return false;
    last = m;
  }
  return false;
}

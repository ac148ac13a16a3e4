/**
 * "fired on a bus near Tulkarm and Qalqilya", "in the vicinity of three villages named one after another",
 * "on the road between two towns": towns listed right after a word of nearness place one incident by its
 * surroundings; they do not tell an incident in each town, as "shelling on Damascus, Aleppo and Idlib" does.
 */
import type { PlaceRef } from '../../core/records.js';

/** A word of nearness right before the first listed place ("near", "between", "in the vicinity of"). */
const NEARNESS = /\b(?:near|nearby|between|in the vicinity of|close to|not far from)\s+(?:the\s+)?$/i;
/** What separates two names of one list: a comma, "and", or both. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** How far back the word of nearness is looked for, in characters. */
const LOOK_BACK = 24;

/**
 * The places (in text order) with each list named after a word of nearness kept as its first name only: the
 * list places one incident. Other places stay as they are.
 *
 * @example nearOnce(places, 'Gunmen fired on a bus near Tulkarm and Qalqilya.') // [Tulkarm]
 */
export function nearOnce<P extends PlaceRef | null>(places: readonly P[], text: string): P[] {
  const kept: P[] = [];
  let listHead = false;
  for (const [i, place] of places.entries()) {
    const span = place?.spans[0];
    const prev = places[i - 1]?.spans[0];
    const listed = span !== undefined && prev !== undefined && LIST_GAP.test(text.slice(prev[1], span[0]));
    if (listed && listHead) continue;
    listHead = span !== undefined && NEARNESS.test(text.slice(Math.max(0, span[0] - LOOK_BACK), span[0]));
    kept.push(place);
  }
  return kept;
}

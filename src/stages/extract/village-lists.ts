import type { PlaceRef } from '../../core/records.js';

// "The villages of Masqan and Ehras were retaken": a village the knowledge base does not know beats the
// places its clause knows, which mostly only locate it ("the village of Haas in Idlib"); but a known town
// listed with it by "and" is a village of the same list, and the schema gives each named town its event.

/** "and", "or", «و», a comma: what joins the village to the next town of its list ("X and Y", «X وY»). */
const LIST_JOIN = /^\s*(?:(?:,|،|\band\b|\bor\b|و)\s*)+$/i;
/** The conjunction a list's last join holds. */
const CONJUNCTION = /\band\b|\bor\b|و/i;

/**
 * The known towns listed right after an unknown village, each joined to the one before by "and" or a comma,
 * up to the last "and": places of their own, not places that locate the village.
 *
 * @example
 * // text: 'The villages of Masqan and Ehras in the countryside of Aleppo were retaken'
 * townsListedAfter(masqan, [ehras, aleppo], text).map((p) => p.name) // ['Ehras']
 */
export function townsListedAfter(village: PlaceRef, places: readonly PlaceRef[], text: string): PlaceRef[] {
  const after = places
    .filter((p) => p.spans[0][0] >= village.spans[0][1])
    .sort((a, b) => a.spans[0][0] - b.spans[0][0]);
  const out: PlaceRef[] = [];
  let [last, closed] = [village, 0];
  for (const p of after) {
    const gap = text.slice(last.spans[0][1], p.spans[0][0]);
    if (p.precision !== 'town' || p.country !== village.country || !LIST_JOIN.test(gap)) break;
    out.push(p);
    last = p;
    if (CONJUNCTION.test(gap)) closed = out.length;
  }
  // "Kachdooru, Pulwama": a bare comma alone puts the village in the town; a list takes "and".
  return out.slice(0, closed);
}

import type { PlaceRef } from '../../core/records.js';
import { LIST_GLUE } from './place-lists.js';

// "The villages of Masqan and Ehras were retaken": a village the knowledge base does not know beats the
// places its clause knows, which mostly only locate it ("the village of Haas in Idlib"); but a known town
// listed with it by "and" is a village of the same list, and the schema gives each named town its event.

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
function townsListedAfter(village: PlaceRef, places: readonly PlaceRef[], text: string): PlaceRef[] {
  const after = places
    .filter((p) => p.spans[0][0] >= village.spans[0][1])
    .sort((a, b) => a.spans[0][0] - b.spans[0][0]);
  const out: PlaceRef[] = [];
  let [last, closed] = [village, 0];
  for (const p of after) {
    const gap = text.slice(last.spans[0][1], p.spans[0][0]);
    if (p.precision !== 'town' || p.country !== village.country || !LIST_GLUE.test(gap)) break;
    out.push(p);
    last = p;
    if (CONJUNCTION.test(gap)) closed = out.length;
  }
  // "Kachdooru, Pulwama": a bare comma alone puts the village in the town; a list takes "and".
  return out.slice(0, closed);
}

/** "the villages of", "the towns of": a plural noun, which a list of names follows. */
const PLURAL_NOUN_BEFORE = /\b(?:villages|towns)\s+of\s+$/i;
/** " and Ruweiset al-Jaoureh": the closing name of a list of two, capitalised, as unknown villages are named. */
const AND_NAME = /^\s+and\s+((?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]+(?: (?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]+){0,2})/;

/**
 * "the villages of Ein al-Jawzeh and Ruweiset al-Jaoureh": the second unknown village of a list of two that
 * a plural noun opens, unless the base knows it (then it is one of `places`, which `townsListedAfter` takes).
 *
 * @example
 * // text: 'Troops retook the villages of Qarmun and Deir Sulab on Monday'
 * secondVillage(qarmun, [], text)?.name // 'Deir Sulab'
 */
function secondVillage(village: PlaceRef, places: readonly PlaceRef[], text: string): PlaceRef | null {
  const [from, to] = village.spans[0];
  if (!PLURAL_NOUN_BEFORE.test(text.slice(Math.max(0, from - 16), from))) return null;
  const match = AND_NAME.exec(text.slice(to, to + 60));
  if (!match) return null;
  const start = to + match[0].length - match[1].length;
  if (places.some((p) => p.spans[0][0] < start + match[1].length && p.spans[0][1] > start)) return null;
  return { ...village, name: match[1], spans: [[start, start + match[1].length]] };
}

/**
 * The places listed with an unknown village, each an incident of its own: a second unknown village the plural
 * noun lists, and the known towns joined to the village by "and".
 *
 * @example
 * // text: 'The villages of Masqan and Ehras in the countryside of Aleppo were retaken'
 * listedWithVillage(masqan, [ehras, aleppo], text).map((p) => p.name) // ['Ehras']
 */
export function listedWithVillage(village: PlaceRef, places: readonly PlaceRef[], text: string): PlaceRef[] {
  const second = secondVillage(village, places, text);
  return [...(second ? [second] : []), ...townsListedAfter(village, places, text)];
}

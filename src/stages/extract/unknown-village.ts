import type { Mention, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/** A capitalised place name of one to three words, with an Arabic article written "al-"/"el-" or not. */
const NAME = String.raw`(?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]+(?: (?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]+){0,2}`;
/**
 * "the village of Haas", "the town of Kafr Nabl", "Hirbanfsah village", "the besieged Fuaa town", "Barada
 * valley": a place named as a village, a town or a valley. The noun after the name is lower-case, as in running
 * text: a title-case headline ("Gunmen Storm Border Town") names no town; and "the Basque town of X" names X.
 */
const NAMED_VILLAGE = new RegExp(
  String.raw`\b(?:village|town|hamlet|villages) of (${NAME})|\b(${NAME}) (?:village|hamlet)\b|\b(${NAME}) (?:town|valley)\b(?! of\b)`,
  'g',
);
/**
 * Capitalised words that open a sentence, faiths and points of the compass ("the Sunni town", "the Northern
 * town") and peoples' adjectives the base lacks ("the Kurdish town"): never the village itself.
 */
const NOT_A_NAME =
  /^(?:The|A|An|This|That|Their|His|Her|Its|In|On|At|Sunni|Shiite|Shia|Christian|Druze|Alawite|Muslim|Hindu|Jewish|Yazidi|Bedouin|Northern|Southern|Eastern|Western|Central|Coastal|Border|Old|New|\w+(?:ish|ian|ese))$/;

/**
 * "the village of Haas in Idlib province": a village the knowledge base does not know, named as one in the
 * clause. It takes the country of the places around it and no coordinates, and points to its own words;
 * the event builder decides whether it beats the places the clause knows.
 *
 * @example unknownVillage('shelling on the village of Haas killed 3', [0, 40], [], 'SY')?.name // 'Haas'
 */
export function unknownVillage(
  text: string,
  clause: Span,
  mentions: readonly Mention[],
  country: string | null,
): PlaceRef | null {
  if (country === null) return null;
  const part = text.slice(clause[0], clause[1]);
  for (const m of part.matchAll(NAMED_VILLAGE)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (NOT_A_NAME.test(name.split(' ')[0])) continue;
    const from = clause[0] + m.index + m[0].indexOf(name);
    const span: Span = [from, from + name.length];
    // A name the knowledge base knows is a mention already, placed by the place finder.
    if (mentions.some((x) => x.span[0] < span[1] && x.span[1] > span[0])) continue;
    return { name, country, lat: null, lon: null, precision: 'town', entity_id: null, spans: [span] };
  }
  return null;
}

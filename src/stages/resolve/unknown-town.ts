import type { PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/** One capitalised word of a place's name, with an Arabic article written "al-"/"el-" or not. */
const WORD = String.raw`(?:[Aa]l-|[Ee]l-)?\p{Lu}\p{Ll}[\p{L}'’-]*`;
/** Small words inside a name: "San Vicente de Caguan", "Las Arenas", "Trunelli di Fiumorbo". */
const LINK = String.raw`(?:de|del|la|las|los|di|da|do|dos|sur|al|el)`;
const NAME = String.raw`${WORD}(?:\s(?:${LINK}\s)?${WORD}){0,3}`;
/**
 * "in Maalot", "outside of Kari-Dor", "near the village of Gimry", "the eastern city of Lubz", "in the Geelan
 * District of Ghazni": a capitalised name of up to four words after a locative (group 1), after a word that
 * says it is a town's (group 2), or between a locative and such a word (group 3).
 */
const NAMED_TOWN = new RegExp(
  String.raw`\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside(?:\s+of)?)\s+(${NAME})` +
    String.raw`|\b(?:town|village|city|hamlet|settlement|municipality)\s+of\s+(${NAME})` +
    String.raw`|\b(?:[Ii]n|[Aa]t|[Nn]ear)\s+the\s+(${NAME})\s+(?:[Dd]istrict|area|[Vv]illage)\b`,
  'gud',
);
/**
 * What may follow a name after a bare locative for it to be a place's: the clause ends, a date, a wider place
 * or a place noun follows ("in Wanni on February 4", "at Entebbe airport"), never a thing it names ("in
 * Molotov cocktail attacks", "at Citibank branches").
 */
const PLACE_END =
  /^(?:\s*(?:[.,;:()]|$)|\s+(?:on|in|near|and|during|after|when|where|district|village|town|city|area|province|municipality|county|airport)\b)/u;
/** "Lloro Municipality", "Tirizai District": the name of the place without the word for its kind. */
const KIND_AFTER = /\s+(?:Municipality|District|Village|Town|City|Province)$/u;
/** "at Ghauri School", "Clark Air Force Base": a site's name, which says nothing of the town it stands in. */
const SITE_AFTER =
  /\s(?:School|College|University|Hospital|Base|Bank|Airport|Mosque|Church|Temple|Hotel|Station|Market|Bazaar|Square|Street|Road|Avenue|Bridge|Camp|Building|Office|Center|Centre|Park|Stadium)$/u;
/**
 * Capitalised words after "in"/"at" that name no place: times of the year and the week, feasts, languages
 * and the bodies that sit in a capital.
 */
const NOT_A_PLACE = new Set(
  (
    'January February March April May June July August September October November December Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday Spring Summer Autumn Winter Ramadan Christmas Easter Eid ' +
    'English Arabic French Spanish Parliament Congress Senate Court Cabinet Assembly Government Council'
  ).split(' '),
);

/**
 * "FRANCE.  A bomb wrecked a mosque at Romans-sur-Isere", "militants fired on his car in Arahama": a town the
 * knowledge base does not know, named after a locative in the incident's own sentences, in an article that
 * places the incident in a country only. It takes that country and no coordinates, and points to its own
 * words. Names the base knows (a foreign town, an actor, a nationality: `known`, the spans of the mentions and
 * of the country the event holds) are not taken.
 *
 * @example unknownTown('A bomb went off in Lomalinda.', [[0, 29]], [], 'CO')?.name // 'Lomalinda'
 */
export function unknownTown(
  text: string,
  evidence: readonly Span[],
  known: readonly Span[],
  country: string,
): PlaceRef | null {
  for (const [from, to] of evidence) {
    for (const m of text.slice(from, to).matchAll(NAMED_TOWN)) {
      const town = townOf(m, from, text, known);
      if (town) return { ...town, country, lat: null, lon: null, precision: 'town', entity_id: null };
    }
  }
  return null;
}

/** The town one match of `NAMED_TOWN` in the text from `from` names, or null when its words are no town's. */
function townOf(
  m: RegExpMatchArray,
  from: number,
  text: string,
  known: readonly Span[],
): { name: string; spans: Span[] } | null {
  const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
  const words = m[group];
  const start = from + m.indices![group][0];
  const end = start + words.length;
  const name = words.replace(KIND_AFTER, '');
  const span: Span = [start, start + name.length];
  // "Bomb Attack In Market Kills Three": a capitalised "In" inside a sentence is a headline's, whose every word
  // is capitalised.
  const headline = /^\p{Lu}/u.test(m[0]) && text.slice(from, from + m.index!).trim() !== '';
  const rejected =
    headline ||
    SITE_AFTER.test(words) ||
    NOT_A_PLACE.has(name.split(' ')[0]) ||
    // "at Ahmed's house": an owner, most often a person.
    /['’]s\b/u.test(name) ||
    (group === 1 && !PLACE_END.test(text.slice(end, end + 16))) ||
    known.some(([a, b]) => a < span[1] && b > span[0]);
  return rejected ? null : { name, spans: [span] };
}

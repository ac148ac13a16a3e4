import type { PlaceRef } from '../../core/records.js';
import { NOT_A_PLACE_WORD, SITE_WORD_AT_END } from '../../core/place-words.js';
import type { Span } from '../../core/span.js';

/** One capitalised word of a place's name, with an Arabic article written "al-"/"el-" or not. */
const WORD = String.raw`(?:[Aa]l-|[Ee]l-)?\p{Lu}\p{Ll}[\p{L}'’-]*`;
/** Small words inside a name: "San Vicente de Caguan", "Las Arenas", "Trunelli di Fiumorbo". */
const LINK = String.raw`(?:de|del|la|las|los|di|da|do|dos|sur|al|el)`;
const NAME = String.raw`${WORD}(?:\s(?:${LINK}\s)?${WORD}){0,3}`;
/** Words that say the name after "of" is a town's: "the town of X", "the community of X". */
const TOWN_WORDS = String.raw`(?:town|village|city|hamlet|settlement|community|municipality|locality)`;
/**
 * "in Maalot", "outside of Kari-Dor", "through Manda", "near the village of Gimry", "the eastern city of Lubz",
 * "the locality of Tirin", "in the Tirin District of Lakhpur", "in the Carevac locality", "in the Lubz town of
 * Kosa": a capitalised name of up to four words after a locative (group 1), after a word that says it is a town's
 * (group 2), or between a locative and such a word (group 3); "at the Lubz Town Hall", "The Tirin police station
 * was": a town named by its own council or police post (group 4); "a headman of tambon Rae", "a farmer from Ban
 * Khok": a village whose own name says it is one (groups 5 and 6), whoever the text says is of it. A town told
 * in its countryside ("in rural Tirin") or as a community ("the community of Lubz") is the town.
 */
const NAMED_TOWN = new RegExp(
  String.raw`\b(?:[Ii]n|[Aa]t|[Nn]ear|[Tt]hrough|[Oo]utside(?:\s+of)?)\s+(?:rural\s+)?(${NAME})` +
    String.raw`|\b(?:${TOWN_WORDS}|(?:commercial|residential|rural)\s+(?:district|area)|outskirts|centre|center)\s+of\s+(${NAME})` +
    String.raw`|\b(?:[Ii]n|[Aa]t|[Nn]ear)\s+the\s+(${NAME})\s+(?:[Dd]istrict|area|[Vv]illage|[Tt]own|locality)\b` +
    String.raw`|(?:\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]n|[Oo]utside)\s+the|\bThe)\s+(${NAME})\s+(?:[Tt]own\s+[Hh]all|[Cc]ity\s+[Hh]all|[Pp]olice\s+(?:[Ss]tation|[Pp]ost)|[Gg]endarmerie)\b` +
    String.raw`|\b(?:[Oo]f|[Ff]rom)\s+(?:the\s+)?(?:[Tt]ambon\s+(?:of\s+)?(${NAME})|((?:Ban\s+(?!Ki\b)|Killi\s+)${NAME}))`,
  'gud',
);
/**
 * What may follow a name after a bare locative for it to be a place's: the clause ends, a date, a wider place,
 * a place noun, the clause's verb or the next clause follows ("in Wanni on February 4", "at Entebbe airport",
 * "in Wahda but were repelled", "in Mijici which was", "in Ashod killing one", "in Penta caused damage"), never
 * a thing it names ("in Molotov cocktail attacks", "at Citibank branches").
 */
const PLACE_END =
  /^(?:\s*(?:[.,;:()]|$)|\s+(?:on|in|near|and|but|during|after|as|when|while|where|which|district|village|town|city|area|province|municipality|county|airport|by|was|were|went\s+off|killing|wounding|injuring|[a-z]{3,}ed)\b)/u;
/**
 * "at Kamra's Sunday Bazaar", "in Tirin's main market": a place the public of a town shares, named by the
 * town that owns it (a person owns a house or a shop, not a town's bazaar or airport).
 */
const TOWNS_OWN_PLACE =
  /^(\p{Lu}[\p{L}-]*)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:[Bb]azaar|[Mm]arket|[Aa]irport|[Ss]quare|[Bb]us [Ss]tation|[Rr]ailway [Ss]tation|[Ss]tadium)\b/u;
/**
 * "Mr", "Dr", "Gen", "St" (Saint or Street: "at St. Brigid's Church"): a title or an abbreviation before a
 * full stop, which ends no town's name.
 */
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Gen|Col|Capt|Lt|Sgt|Maj|Prof|Rev|Fr|Sen|Gov|St|Ste|Mt|Ft)$/;
/** "Lloro Municipality", "Tirizai District": the name of the place without the word for its kind. */
const KIND_AFTER = /\s+(?:Municipality|District|Village|Town|City|Province)$/u;
/**
 * "FRANCE.  Arsonists burned a garage at Romans-sur-Isere", "raiders shot at a bus in Arahama": a town the
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
  country: string | null,
): PlaceRef | null {
  return firstTown(text, evidence, known, country, () => true) ?? mayorsTown(text, evidence, known, country);
}

/**
 * "the mayor of San Vicente", "the deputy mayor of Lubz", "alderman of Rio Blanco": a town named by an officer of
 * its own council (group 1).
 */
const MAYOR_OF = new RegExp(
  String.raw`\b(?:[Mm]ayor|[Aa]lderman|[Cc]ouncil(?:l?or|man|woman))\s+of\s+(${NAME})`,
  'gud',
);

/**
 * "Gunmen shot dead the mayor of Lubz": with no town named after a locative, the town whose mayor the
 * incident's sentences name, where a mayor lives and works and is most often attacked.
 */
function mayorsTown(
  text: string,
  evidence: readonly Span[],
  known: readonly Span[],
  country: string | null,
): PlaceRef | null {
  for (const [from, to] of evidence) {
    for (const m of text.slice(from, to).matchAll(MAYOR_OF)) {
      const start = from + m.indices![1][0];
      const name = m[1].replace(KIND_AFTER, '');
      const span: Span = [start, start + name.length];
      // "the mayor of al-Zuhour district": a town's quarter, whose town the sentence does not name.
      const quarter = AREA_AFTER.test(text.slice(span[1], span[1] + 12));
      if (quarter || /['’]s\b/u.test(name) || known.some(([a, b]) => a < span[1] && b > span[0])) continue;
      return { name, country, lat: null, lon: null, precision: 'town', entity_id: null, spans: [span] };
    }
  }
  return null;
}

/** "Tirizai District", "the Wana area": a name told as an area's, coarser than a town. */
const AREA_AFTER = /^\s+(?:[Dd]istrict|[Aa]rea|[Pp]rovince|[Rr]egion)\b/;

/**
 * "bombs went off in Songkhla province … at a market in Saba Yoi": a town the base does not know, named right
 * after "in", "at", "near" or "outside", or by its town hall or police post — not as a district's or an
 * area's ("in the Golestan District", "the Wana area"), which may be the province's own part rather than a
 * town in it.
 *
 * @example townInProvince('A shop in Saba Yoi burned.', [[0, 26]], [], 'TH')?.name // 'Saba Yoi'
 */
export function townInProvince(
  text: string,
  evidence: readonly Span[],
  known: readonly Span[],
  country: string | null,
): PlaceRef | null {
  return firstTown(text, evidence, known, country, (m, end) => {
    // "the village of Tirin", "in the Tirin town of Ostmark": the text says the name is a town's.
    if (
      TOWN_WORD_BEFORE.test(m[0]) ||
      (m[3] !== undefined && TOWN_WORD_AFTER.test(text.slice(end, end + 10)))
    )
      return true;
    const words = m[1] ?? m[4];
    return words !== undefined && !AREA_KIND_AFTER.test(words) && !AREA_AFTER.test(text.slice(end, end + 12));
  });
}

/** "Tirin District", "Tirin Province": a name told with the word for an area ("Tirin Village" is a town's). */
const AREA_KIND_AFTER = /\s+(?:District|Province)$/u;

/** "town of", "the community of": a word before a name that says it is a town's, not an area's. */
const TOWN_WORD_BEFORE = new RegExp(String.raw`^${TOWN_WORDS}\s+of\s`);
/** "Tirin village", "the Tirin town of Ostmark": the same said after the name. */
const TOWN_WORD_AFTER = /^\s+(?:[Vv]illage|[Tt]own|locality)\b/;

/** "District", "area" after a name: a part of the province named so. */
const DISTRICT_AFTER = /^\s+(?:[Dd]istrict|[Aa]rea)\b/;

/**
 * "in the Barmal District of Ostmark", "a school in the Gero area": a district or an area the base does not
 * know, named after a locative — the part of the province the incident lies in.
 *
 * @example districtInProvince('A shop in the Gero area burned.', [[0, 31]], [], 'AF')?.name // 'Gero'
 */
export function districtInProvince(
  text: string,
  evidence: readonly Span[],
  known: readonly Span[],
  country: string | null,
): PlaceRef | null {
  return firstTown(text, evidence, known, country, (m, end) => {
    const named = m[1] !== undefined || m[3] !== undefined;
    return named && DISTRICT_AFTER.test(text.slice(end, end + 12));
  });
}

/** The first town of the evidence that `fits`, given its match and where its words end in the text. */
function firstTown(
  text: string,
  evidence: readonly Span[],
  known: readonly Span[],
  country: string | null,
  fits: (m: RegExpMatchArray, end: number) => boolean,
): PlaceRef | null {
  for (const [from, to] of evidence) {
    for (const m of text.slice(from, to).matchAll(NAMED_TOWN)) {
      const town = townOf(m, from, text, known);
      if (town && fits(m, town.spans[0][1]))
        // A literal in the spread's field order (the output keeps it): its hidden class is held as long as
        // the code is, where a spread's is made anew after a major collection (see `placeWith`).
        return {
          name: town.name,
          spans: town.spans,
          country,
          lat: null,
          lon: null,
          precision: 'town',
          entity_id: null,
        };
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
  const group = [1, 2, 3, 4, 5, 6].find((g) => m[g] !== undefined)!;
  const words = m[group];
  const start = from + m.indices![group][0];
  const end = start + words.length;
  const owner = group === 1 ? TOWNS_OWN_PLACE.exec(text.slice(start, start + 64))?.[1] : undefined;
  const name = owner ?? words.replace(KIND_AFTER, '');
  const span: Span = [start, start + name.length];
  // "Bomb Attack In Market Kills Three": a capitalised "In" inside a sentence is a headline's, whose every word
  // is capitalised.
  const headline = /^\p{Lu}/u.test(m[0]) && text.slice(from, from + m.index!).trim() !== '';
  const rejected =
    headline ||
    (SITE_WORD_AT_END.test(words) && owner === undefined) ||
    NOT_A_PLACE_WORD.has(name.split(' ')[0]) ||
    // "shot at Mr. Smith's car": a title, the person's.
    TITLE.test(name) ||
    // "at Ahmed's house": an owner, most often a person.
    /['’]s\b/u.test(name) ||
    // "in Tirizai District injured three": the word for its kind already says the name is a place's.
    (group === 1 &&
      owner === undefined &&
      !KIND_AFTER.test(words) &&
      !PLACE_END.test(text.slice(end, end + 16))) ||
    known.some(([a, b]) => a < span[1] && b > span[0]);
  return rejected ? null : { name, spans: [span] };
}

// Whether a place's name is part of another name (a street, an organisation, a treaty, a sea, a compound) or
// stands for a government: words around the name that make it no place where anything happened. Split from
// the match context, whose word helpers these rules read through.
import { wordSpans } from '../../core/text/word-scanner.js';
import { LATIN } from './country-evidence.js';
import {
  CROSS_STREET_AFTER,
  LANGUAGE_NOUNS,
  LOCATIVE_CUES,
  NAMED_AFTER_AFTER,
  NAMED_AFTER_BEFORE,
  ORGANISATION_NOUNS,
  TREATY_AFTER,
  WEAPON_NOUNS,
} from './context-cues.js';
import { PLACE_KINDS } from './kb-types.js';
import { lastOf, nextWord, skeletonCued, wordsBefore } from './match-context.js';
import type { NameMatch } from './mention-matcher.js';
import { SKELETON_MARK } from './name-tokens.js';
import { namesGovernment } from './government-names.js';
import { namesMonth } from './month-name.js';
import { surnameNisba } from './surname-nisba.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';

/**
 * The Persian and Urdu link of a compound name ("Koh-e-Safi", "Khak-e Safed", "Bab-i-Khyber"): the name
 * after it is the compound's second half (Safi in Morocco, Safed in Israel), not a place of its own. Every
 * link holds a dash: guarded by it (core/text/guarded-pattern), a lead without one (most) is not run through it.
 */
const IZAFA_BEFORE = guardedPattern(/\p{L}-(?:e|i|ul|ud|ur)[-\s]$/u, '-');

/**
 * "a Bab El Oued daily market stall", "the Peshawar weekly bazaar": "daily" and "weekly" before such a noun
 * say how often it is held, not that the name is a paper's ("the Beirut daily reported").
 */
const PERIODIC_EVENT_AFTER =
  /^\s+(?:daily|weekly)\s+(?:market|markets|bazaar|souk|fair|prayers?|patrols?)\b/u;

/**
 * True when the place name is part of another name: a street, square or hotel ("Haifa Street", "شارع
 * حيفا"), an organisation ("Palestine Islamic Jihad", "Gaza Brigade"), a treaty ("the Geneva
 * Conventions"), a sea ("the Gulf of Mexico", «خليج المكسيك») or a compound ("Koh-e-Safi"), or stands
 * for a government.
 *
 * @example namesNoPlace(view.text, matchOf('Haifa'), starts) === true // in "on Haifa Street"
 */
export function namesNoPlace(
  viewText: string,
  match: NameMatch,
  starts: ReadonlyMap<number, NameMatch>,
  ends: ReadonlySet<number>,
): boolean {
  if (IZAFA_BEFORE.test(viewText.slice(Math.max(0, match.view[0] - 8), match.view[0]))) return true;
  if (otherCapital(viewText, match, starts)) return true;
  if (describesWordBefore(viewText, match) || inSpanishName(viewText, match, ends)) return true;
  if (headsSpanishName(viewText, match, starts) || partOfAnotherCountry(viewText, match, starts)) return true;
  // Only the very next word counts, not one across a full stop ("… in north Belfast. Army experts …").
  const next = nextWord(viewText, match);
  // The word in front is read alone: the rules that read more words before it are asked of few names.
  const lead = lastOf(wordsBefore(viewText, match, 1));
  // "on Haifa Street", "the Palestine Hotel" name a street or a building; "a Beirut street", "a busy Paris
  // street", "a central Baghdad hotel" put one in the city.
  if (NAMED_AFTER_AFTER.has(next) && (lead === undefined || NAME_LEADS.has(lead)))
    return !standsInNamesake(viewText, match, next);
  if (namesMonth(viewText, match) || surnameNisba(viewText, match)) return true;
  // "at 5 pm Cairo time": a time zone, not the place.
  if (next === 'time' && match.senses.every((s) => s.via !== 'demonym')) return true;
  // "carved in Pali language": a town's name as a language's ("a US language school" is the country's school).
  if (
    LANGUAGE_NOUNS.has(next) &&
    match.senses.every((s) => s.via !== 'demonym' && s.entity.kind !== 'country')
  )
    return true;
  // A nationality in an organisation's name still says whose it is ("Iraqi National Guard"); a place does not.
  if (ORGANISATION_NOUNS.has(next) && match.senses.every((s) => s.via !== 'demonym')) {
    if (!PERIODIC_EVENT_AFTER.test(viewText.slice(match.view[1], match.view[1] + 40))) return true;
  }
  // "the Lyon branch of the Chicago Institute": the firm or school a branch belongs to is named after its
  // home; where the branch stands is the town before "branch".
  if (branchOf(viewText, match, lead) && match.senses.every((s) => s.via !== 'demonym')) return true;
  // "ethnic Albanians", "ethnic Serbs": a people living among others, named so just where the state of
  // that name is not — no citizens of it, and no hint that anything happened there.
  if (lead === 'ethnic' && match.senses.every((s) => s.via === 'demonym')) return true;
  // A nationality before a weapon still says whose it is ("Israeli missiles").
  if (WEAPON_NOUNS.has(next) && match.senses.every((s) => s.via !== 'demonym')) return true;
  // "the old city of Hebron", "the Tahrir Square of Mosul": a quarter or landmark of the town named next,
  // not the one of that name elsewhere ("the Harbour Quarter of outposts" is the quarter itself), unless
  // the place named next is the one it lies in ("the Dailekh district of Nepal").
  if (next === 'of' && match.senses.every((s) => s.entity.kind === 'site' || s.entity.kind === 'district')) {
    const outer = nameAfterOf(viewText, match, starts);
    if (outer !== undefined && !liesIn(match, outer)) return true;
  }
  if (lead !== undefined && NAMED_AFTER_BEFORE.has(lead)) return true;
  if (namesSea(viewText, next, match) || namesNativePeople(lead, next, match, viewText)) return true;
  const after = viewText.slice(match.view[1], match.view[1] + 40);
  if (TREATY_AFTER.test(after) || CROSS_STREET_AFTER.test(after)) return true;
  return match.senses.every((s) => s.via !== 'demonym') && namesGovernment(viewText, match, lead);
}

/**
 * The words before a name that make it the name of what a branch belongs to: "the Lyon branch of (the)",
 * with a name before "branch". After "a branch of" the name says where the firm works ("a branch of
 * Corsica's savings bank").
 */
function branchOf(viewText: string, match: NameMatch, lead: string | undefined): boolean {
  // The word before the name is "of", or "the" after it.
  if (lead !== 'of' && lead !== 'the') return false;
  const before = wordsBefore(viewText, match, 4);
  // Read by index (never a negative one: see `lastOf`), not cut and joined.
  const last = before.length - (lead === 'the' ? 2 : 1);
  return (
    last >= 2 &&
    before[last] === 'of' &&
    before[last - 1] === 'branch' &&
    !UNNAMED_BRANCH.has(before[last - 2])
  );
}
/** Words before "branch" that name no town: "a branch of", "the local branch of". */
const UNNAMED_BRANCH = new Set(['a', 'an', 'the', 'its', 'their', 'local', 'one']);

/**
 * Bearings and sizes, defined and feminine as adjectives are after a feminine noun (normalised: ة as ه, ى as
 * ي). «الجديدة» (the new) is left out: it is also a town and is weighed with the ordinary words.
 */
const BEARING_ADJECTIVES = new Set([
  'الشرقيه',
  'الغربيه',
  'الشماليه',
  'الجنوبيه',
  'الوسطي',
  'الكبري',
  'الصغري',
]);

/**
 * «برقة الشرقية» (eastern Barqa), «مدينة الصدر الشرقية»: a bearing or a size right after another word, with
 * no clitic of its own, describes that word and is no governorate (Egypt's «الشرقية»). After a place noun
 * or a preposition («محافظة الشرقية», «في الشرقية») or behind "and" or "in" («والشرقية»، «بالشرقية») it is
 * the name.
 *
 * @example describesWordBefore(view.text, matchOf('الشرقيه')) === true // in "قرية برقه الشرقيه"
 */
function describesWordBefore(viewText: string, match: NameMatch): boolean {
  if (!BEARING_ADJECTIVES.has(viewText.slice(match.view[0], match.view[1]))) return false;
  const [before] = wordSpans(viewText, Math.max(0, match.view[0] - 30), match.view[0]).slice(-1);
  if (before === undefined || !/^\s+$/.test(viewText.slice(before[1], match.view[0]))) return false;
  const word = viewText.slice(before[0], before[1]);
  return /^[\u0621-\u064a]+$/.test(word) && !LOCATIVE_CUES.has(word) && !ARABIC_LINKS.has(word);
}

/** Words after which a bearing is a noun: "and", "or", "to", "on", "about" ("الى الشرقيه"). */
const ARABIC_LINKS = new Set(['و', 'او', 'ام', 'علي', 'عن', 'حتي', 'نحو', 'باتجاه', 'داخل', 'خارج']);

/** Spanish heads of a place's own name: "Departamento de Antioquia", "Ciudad de Mexico", "Puerto de la Cruz". */
const SPANISH_PLACE_HEADS = new Set(
  `departamento provincia municipio ciudad estado region distrito corregimiento vereda barrio comuna isla islas
  valle puerto villa rio sierra cerro bahia golfo lago san santa santo el la los las`.split(/\s+/),
);
/**
 * "de", "del", "de la", "de los" before a name, and the word before them. The word starts after no letter, as
 * the first match found always did (one a letter earlier would be found first): tried from inside every word
 * of the lead, the letters were taken and given back one by one (~1.5 µs a lead, a quarter of that so).
 */
const SPANISH_OF_BEFORE = /(?<!\p{L})(\p{L}+)\s+(?:de|del|de\s+la|de\s+los|de\s+las)\s+$/u;

/**
 * "Fuerzas Armadas Revolucionarias de Colombia", "Banco de Colombia", "Casa de Espana": a country after a
 * Spanish "de" that is no place's own (a place noun or a place named before it: "Departamento de Antioquia",
 * "Santiago de Cali") closes an organisation's or a person's name and says whose, not where. A town so
 * named is kept: "the Musee Royal de Paris" stands in Paris. `ends` holds where other names end.
 *
 * @example inSpanishName(view.text, matchOf('colombia'), ends) === true // in "a banco de colombia branch"
 */
function inSpanishName(viewText: string, match: NameMatch, ends: ReadonlySet<number>): boolean {
  if (!LATIN.test(match.key) || match.senses.every((s) => s.entity.kind !== 'country')) return false;
  const found = SPANISH_OF_BEFORE.exec(viewText.slice(Math.max(0, match.view[0] - 40), match.view[0]));
  if (found === null || SPANISH_PLACE_HEADS.has(found[1])) return false;
  return !ends.has(match.view[0] - found[0].length + found[1].length);
}

/** "de", "del", "de la" … after a name, and where the next word starts. */
const SPANISH_OF_AFTER = /^\s+(?:de|del)\s+(?:(?:la|los|las)\s+)?(?=\p{L})/u;

/**
 * "San Jose de Lomas", "San Juan de Oro": a town's name that a Spanish "de" carries on heads a longer
 * name the base lacks — a namesake of the town, not the capital abroad. A name known after the "de" makes
 * the pair a place and its country ("Santiago de Chile", "Carmen de Bolivar"), which the ranking weighs.
 *
 * @example headsSpanishName(view.text, matchOf('san jose'), starts) === true // in "outside san jose de lomas"
 */
function headsSpanishName(
  viewText: string,
  match: NameMatch,
  starts: ReadonlyMap<number, NameMatch>,
): boolean {
  if (!LATIN.test(match.key) || !match.senses.every((s) => s.entity.kind === 'city')) return false;
  const found = SPANISH_OF_AFTER.exec(viewText.slice(match.view[1], match.view[1] + 16));
  return found !== null && !starts.has(match.view[1] + found[0].length);
}

/** "of", and maybe "the", between a name and the country it is said to lie in. */
const OF_COUNTRY = /^\s+of\s+(?:the\s+)?/;

/**
 * "the Tyrol region of Italy": a place's name followed by "of" and a country in which none of its senses
 * lies names that country's part of it, which the base lacks, not the namesake across the border.
 *
 * @example partOfAnotherCountry(view.text, matchOf('tyrol region'), starts) === true // "… region of italy"
 */
function partOfAnotherCountry(
  viewText: string,
  match: NameMatch,
  starts: ReadonlyMap<number, NameMatch>,
): boolean {
  const found = OF_COUNTRY.exec(viewText.slice(match.view[1], match.view[1] + 12));
  const next = found === null ? undefined : starts.get(match.view[1] + found[0].length);
  if (next === undefined || !next.senses.every((s) => s.entity.kind === 'country' && s.via !== 'demonym'))
    return false;
  // "in Vienna of Peru's consulate": an owner's possessive, not the country the name lies in.
  if (viewText.startsWith("'s", next.view[1])) return false;
  const countries = new Set(next.senses.map((s) => s.entity.country));
  const places = match.senses.filter((s) => PLACE_KINDS.has(s.entity.kind));
  return (
    places.length > 0 && places.every((s) => s.entity.kind !== 'country' && !countries.has(s.entity.country))
  );
}

/** Arabic nouns of a sea or an ocean before the name it bears: «بحر الصين», «المحيط الهندي». */
const SEA_BEFORE = new Set(['خليج', 'بحر', 'البحر', 'المحيط']);

/**
 * "خليج المكسيك", "the Gulf of Mexico", "the Indian Ocean", "the South China Sea", "the Sea of Japan": a sea
 * named after a country, not the country; an incident there is at sea, told by the two words in
 * front of the name or `next`, the word after it.
 */
function namesSea(viewText: string, next: string, match: NameMatch): boolean {
  // The senses first: most names are no country's.
  if (!match.senses.some((s) => s.entity.kind === 'country')) return false;
  const before = wordsBefore(viewText, match, 2);
  // The view's words are lower-cased already; of one word in front, that word is the first.
  const first = before.length > 1 ? before[before.length - 2] : lastOf(before);
  const last = before.length > 1 ? before[before.length - 1] : undefined;
  return (
    (last !== undefined && SEA_BEFORE.has(last)) ||
    ((first === 'gulf' || first === 'sea') && last === 'of') ||
    next === 'sea' ||
    next === 'ocean'
  );
}

/**
 * Peoples of the Americas and the Caribbean that English calls Indians, named right before the word:
 * "Mapuche Indians", "a Nasa Indian leader", "West Indian". «الهنود الحمر» (the red Indians) in Arabic.
 */
const NATIVE_PEOPLES = new Set(
  `west american native red amazonian amazon mapuche nasa paez embera wayuu yanomami yanomamo guambiano zenu
  kogi arhuaco uwa miskito quiche kiche cakchiquel kaqchikel kekchi maya mayan aymara quechua guarani shuar
  huaorani ashaninka yaqui tzotzil tzeltal navajo apache mohawk sioux cree seminole cherokee lakota pueblo`.split(
    /\s+/,
  ),
);

/**
 * "Amazonian Indians seized a boat … The Indians demanded land": once a text names a native people so, a
 * bare "Indians" after it is that people again. The Caribbean's "West Indian" is no people named so again.
 */
const NATIVE_NAMED = new RegExp(
  String.raw`\b(?:${[...NATIVE_PEOPLES].filter((w) => w !== 'west').join('|')})\s+indians?\b`,
  'i',
);

/**
 * "Mapuche Indians", "a West Indian shopkeeper", «الهنود الحمر»: India's nationality read as a native people
 * of the Americas, or the Caribbean's; it says nothing of India. `lead` is the word before, `next` after;
 * `viewText` the text, whose earlier words may have named the people already.
 *
 * @example namesNativePeople('mapuche', 'blocked', matchOf('indians'), text) === true
 */
function namesNativePeople(
  lead: string | undefined,
  next: string,
  match: NameMatch,
  viewText: string,
): boolean {
  const india = match.senses.every((s) => s.via === 'demonym' && s.entity.country === 'IN');
  if (!india) return false;
  if (NATIVE_PEOPLES.has((lead ?? '').toLowerCase()) || next === 'الحمر') return true;
  return NATIVE_NAMED.test(viewText.slice(0, match.view[0]));
}

/**
 * True for a spelling met only by its consonant skeleton that the text does not announce as a place
 * (`skeletonCued`), or that has "of" after it and no place right behind that "of": "an adviser to Minister
 * of Rural Affairs" names an office, not Monastir; "in Monasteer of Tunisia" keeps its town.
 *
 * @example metBySkeletonOnly(view.text, matchOf('Minister'), starts) === true // "to Minister of Rural Affairs"
 */
export function metBySkeletonOnly(
  viewText: string,
  match: NameMatch,
  starts: ReadonlyMap<number, NameMatch>,
): boolean {
  if (!match.key.includes(SKELETON_MARK)) return false;
  if (!skeletonCued(viewText, match)) return true;
  if (nextWord(viewText, match) !== 'of') return false;
  return !nameAfterOf(viewText, match, starts)?.senses.some((s) => PLACE_KINDS.has(s.entity.kind));
}

/** The name that starts right after the "of" that follows the match ("of Mosul", "of the Gaza"), if any. */
function nameAfterOf(
  viewText: string,
  match: NameMatch,
  starts: ReadonlyMap<number, NameMatch>,
): NameMatch | undefined {
  const words = wordSpans(viewText, match.view[1], Math.min(viewText.length, match.view[1] + 40), 3).slice(1);
  const [first, second] = words;
  if (first === undefined) return undefined;
  const named = starts.get(first[0]);
  if (named !== undefined || viewText.slice(first[0], first[1]) !== 'the' || second === undefined)
    return named;
  return starts.get(second[0]);
}

/**
 * True when a sense of the part lies in a place the next name may be: the town or province its row names as
 * parent, or its country ("the Dailekh district of Nepal", "the Yarmouk district of Baghdad").
 */
function liesIn(part: NameMatch, outer: NameMatch): boolean {
  return part.senses.some((s) =>
    outer.senses.some(
      (o) =>
        o.via !== 'demonym' &&
        (o.entity.id === s.entity.parent ||
          (o.entity.kind === 'country' && o.entity.country === s.entity.country)),
    ),
  );
}

/** Buildings that stand in the town they are named after, unlike a street or a square named after one. */
const TOWN_BUILDINGS = new Set(['hotel']);
/** "in" or "of" right after a building's noun: what follows says where it stands, known or not. */
const PLACED_AFTER = /^\s+(?:in|of)\s/;

/**
 * "outside the Kandor Hotel" stands in Kandor, as "on Kandor Street" need not: a hotel named after a town
 * lies in it, unless a place follows, known to the base or not ("the Kandor Hotel in Velmar", "… in the
 * Velmar quarter"). A hotel named after a country ("the Palestine Hotel") says nothing of its town.
 *
 * @example standsInNamesake(view.text, matchOf('Kandor'), 'hotel') === true // in "at the Kandor Hotel."
 */
function standsInNamesake(viewText: string, match: NameMatch, noun: string): boolean {
  if (!TOWN_BUILDINGS.has(noun) || !match.senses.some((s) => s.entity.kind === 'city')) return false;
  if (match.senses.some((s) => s.entity.kind === 'country' || s.via === 'demonym')) return false;
  const nounEnd = viewText.indexOf(noun, match.view[1]) + noun.length;
  return !PLACED_AFTER.test(viewText.slice(nounEnd, nounEnd + 8));
}

/** Words in front of a street or building that bears a place's name: "on Haifa Street", "the Mosul Hotel". */
const NAME_LEADS = new Set([
  'the',
  'on',
  'in',
  'at',
  'near',
  'along',
  'of',
  'from',
  'to',
  'into',
  'off',
  'down',
  'through',
  'across',
  'past',
]);

/** "the group's de facto Syrian capital", "its self-declared capital": a capital some side claims, not the state's. */
const CLAIMED_CAPITAL = /(?:de facto|self-declared|self-styled|self-proclaimed|so-called|\w's|\ws')\s+$/i;

/**
 * "the group's de facto Syrian capital Raqqa": a country's capital phrase ("Syrian capital") claimed for a
 * side, or followed by the town it names, does not stand for the state's capital. "the Syrian capital" alone,
 * or "the Syrian capital's outskirts", still does.
 */
function otherCapital(viewText: string, match: NameMatch, starts: ReadonlyMap<number, NameMatch>): boolean {
  // A name ending in "capital" ends in an "l" (or "L"): one character's code rules out nearly every match.
  if ((viewText.charCodeAt(match.view[1] - 1) | 0x20) !== 0x6c) return false;
  if (!/ capital$/i.test(viewText.slice(match.view[0], match.view[1]))) return false;
  if (starts.has(match.view[1] + 1) && viewText[match.view[1]] === ' ') return true;
  return CLAIMED_CAPITAL.test(viewText.slice(Math.max(0, match.view[0] - 24), match.view[0]));
}

// What the words around a name say about it: a cue before it, a place noun or a street after it.
import { WordBounds, wordSpans } from '../../core/text/word-scanner.js';
import { LATIN } from './country-evidence.js';
import {
  DIRECTION_CUES,
  FACILITY_NOUNS,
  LOCATIVE_CUES,
  NAMED_AFTER_AFTER,
  NAMED_AFTER_BEFORE,
  ORGANISATION_NOUNS,
  PLACE_CUES,
  PLACE_NOUNS_AFTER,
  PROVINCE_NOUNS,
  WEAPON_NOUNS,
} from './context-cues.js';
import { PLACE_KINDS } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';

/** The word right after a match, when only spaces stand between ("Raman district", not "Raman. District"). */
function nextWord(viewText: string, match: NameMatch): string {
  // Asked of nearly every match, by several rules: the word is found by a reused scanner, not as a new pair.
  const after = NEXT_WORD.scan(viewText, match.view[1], Math.min(viewText.length, match.view[1] + 30), 1);
  const adjacent = after.count > 0 && /^\s+$/.test(viewText.slice(match.view[1], after.starts[0]));
  return adjacent ? viewText.slice(after.starts[0], after.ends[0]) : '';
}

/** The scanner of `nextWord`, which keeps none of its bounds past the call. */
const NEXT_WORD = new WordBounds();

/**
 * "the Raman district", "the Erez settlement": a place noun right after the name says it is a place's.
 *
 * @example placeNounAfter(view.text, matchOf('Raman')) === true // in "the Raman district of Yala"
 */
export function placeNounAfter(viewText: string, match: NameMatch): boolean {
  return PLACE_NOUNS_AFTER.has(nextWord(viewText, match));
}

/**
 * "Al-Bayda province", "Diyala governorate": a province noun right after the name says it is a province's.
 *
 * @example provinceNounAfter(view.text, matchOf('Al-Bayda')) === true // in "in Al-Bayda province"
 */
export function provinceNounAfter(viewText: string, match: NameMatch): boolean {
  return PROVINCE_NOUNS.has(nextWord(viewText, match));
}

/** Articles in front of a town's name used as an adjective: "a Miami travel agency". */
const DETERMINERS = new Set(['a', 'an', 'the']);

/**
 * True for a name between an article and a building or business ("an Annecy law court", "the Miami police
 * station"): the name says where that building stands, as "in" would.
 *
 * @example facilityOf(view.text, matchOf('Miami')) === true // in "a Miami travel agency"
 */
export function facilityOf(viewText: string, match: NameMatch): boolean {
  const before = wordsBefore(viewText, match, 1);
  if (before.length === 0 || !DETERMINERS.has(before[0])) return false;
  const after = wordSpans(viewText, match.view[1], Math.min(viewText.length, match.view[1] + 30), 2);
  // Within the clause only: "… near a Miami. Travel agency …" names no building of Miami.
  const gap = after.length > 0 ? viewText.slice(match.view[1], after[after.length - 1][0]) : '';
  return !/[.!?,;:]/.test(gap) && after.some(([s, e]) => FACILITY_NOUNS.has(viewText.slice(s, e)));
}

/**
 * An Arabic word without the article followed straight by a defined noun is the first term of a
 * construct ("حماة الوطن" protectors of the homeland, "فتح النار" opened fire, "صور الضحايا" pictures of
 * the victims), hardly ever a town name.
 *
 * @example inConstructState(view.text, matchOf('فتح')) === true // in "فتح النار"
 */
export function inConstructState(viewText: string, match: NameMatch): boolean {
  if (LATIN.test(match.key) || match.key.startsWith('ال')) return false;
  const [next] = wordSpans(viewText, match.view[1], Math.min(viewText.length, match.view[1] + 40), 1);
  return (
    next !== undefined &&
    viewText.startsWith('ال', next[0]) &&
    /^[\s]+$/.test(viewText.slice(match.view[1], next[0]))
  );
}

/**
 * A defined feminine word right after a defined feminine noun is its adjective: "الهيئه الجديده" (the new
 * body), not El Jadida. Normalised text, where ة is written ه.
 *
 * @example qualifiesNoun(view.text, matchOf('الجديده')) === true // in "الهيئه الجديده"
 */
export function qualifiesNoun(viewText: string, match: NameMatch): boolean {
  if (!/^ال\S*ه$/.test(viewText.slice(match.view[0], match.view[1]))) return false;
  return /(?:^|\s)[وفب]?(?:ال|لل)\S+ه\s+$/.test(
    viewText.slice(Math.max(0, match.view[0] - 24), match.view[0]),
  );
}

/**
 * The last `count` words in front of a match within its clause, normalised.
 *
 * @example wordsBefore(view.text, matchOf('Mosul')) // ['town', 'of'] in "the town of Mosul"
 */
export function wordsBefore(viewText: string, match: NameMatch, count = 2, reach = 40): string[] {
  const from = clauseStart(viewText, match.view[0] - reach, match.view[0]);
  // The chooser asks this several times of every match: the words are cut by one reused scanner, not into
  // a pair per word and two lists, which made this the largest source of garbage of the whole pipeline.
  const words = WORDS_BEFORE.scan(viewText, from, match.view[0]);
  const out: string[] = [];
  for (let i = Math.max(0, words.count - count); i < words.count; i++)
    out.push(viewText.slice(words.starts[i], words.ends[i]));
  return out;
}

/** The scanner of `wordsBefore`, which keeps none of its bounds past the call. */
const WORDS_BEFORE = new WordBounds();

/**
 * Where to start looking back for cues: `from`, or later if a full stop, question or exclamation mark
 * followed by a space lies between ("… Yala province. Police Sergeant …" gives Police no cue).
 */
function clauseStart(viewText: string, from: number, to: number): number {
  const start = Math.max(0, from);
  for (let i = to - 1; i > start; i--) {
    if (isStop(viewText.charCodeAt(i - 1)) && /\s/.test(viewText[i])) return i;
  }
  return start;
}

/** `.`, `!`, `?` and the Arabic question mark: tested by code, as this runs back over every name's clause. */
const isStop = (unit: number): boolean => unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x061f;

/**
 * The Persian and Urdu link of a compound name ("Koh-e-Safi", "Khak-e Safed", "Bab-i-Khyber"): the name
 * after it is the compound's second half (Safi in Morocco, Safed in Israel), not a place of its own.
 */
const IZAFA_BEFORE = /\p{L}-(?:e|i|ul|ud|ur)[-\s]$/u;

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
  if (describesWordBefore(viewText, match) || inSpanishName(viewText, match, ends)) return true;
  if (headsSpanishName(viewText, match, starts) || partOfAnotherCountry(viewText, match, starts)) return true;
  // Only the very next word counts, not one across a full stop ("… in north Belfast. Army experts …").
  const next = nextWord(viewText, match);
  const before = wordsBefore(viewText, match);
  const lead = before[before.length - 1];
  // "on Haifa Street", "the Palestine Hotel" name a street or a building; "a Beirut street", "a busy Paris
  // street", "a central Baghdad hotel" put one in the city.
  if (NAMED_AFTER_AFTER.has(next) && (lead === undefined || NAME_LEADS.has(lead))) return true;
  // A nationality in an organisation's name still says whose it is ("Iraqi National Guard"); a place does not.
  if (ORGANISATION_NOUNS.has(next) && match.senses.every((s) => s.via !== 'demonym')) return true;
  // A nationality before a weapon still says whose it is ("Israeli missiles").
  if (WEAPON_NOUNS.has(next) && match.senses.every((s) => s.via !== 'demonym')) return true;
  // "the old city of Hebron", "the Tahrir Square of Mosul": a quarter or landmark of the town named next,
  // not the one of that name elsewhere ("the Qatif Bloc of settlements" is the bloc itself).
  if (
    next === 'of' &&
    match.senses.every((s) => s.entity.kind === 'site' || s.entity.kind === 'district') &&
    namedAfterOf(viewText, match, starts)
  )
    return true;
  if (lead !== undefined && NAMED_AFTER_BEFORE.has(lead)) return true;
  if (namesSea(before, match)) return true;
  if (TREATY_AFTER.test(viewText.slice(match.view[1], match.view[1] + 40))) return true;
  return match.senses.every((s) => s.via !== 'demonym') && namesGovernment(viewText, match);
}

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
/** "de", "del", "de la", "de los" before a name, and the word before them. */
const SPANISH_OF_BEFORE = /(\p{L}+)\s+(?:de|del|de\s+la|de\s+los|de\s+las)\s+$/u;

/**
 * "Fuerzas Armadas Revolucionarias de Colombia", "Banco de Colombia", "Casa de Espana": a country after a
 * Spanish "de" that is no place's own (a place noun or a place named before it: "Departamento de Antioquia",
 * "Santiago de Cali") closes an organisation's or a person's name and says whose, not where. A town so
 * named is kept: "the Cite Universitaire de Paris" stands in Paris. `ends` holds where other names end.
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
 * "San Jose de Palmar", "San Juan de Arama": a town's name that a Spanish "de" carries on heads a longer
 * name the base lacks — a namesake of the town, not the capital abroad. A name known after the "de" makes
 * the pair a place and its country ("Santiago de Chile", "Carmen de Bolivar"), which the ranking weighs.
 *
 * @example headsSpanishName(view.text, matchOf('san jose'), starts) === true // in "near san jose de palmar"
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
 * "the Basque region of France": a place's name followed by "of" and a country in which none of its senses
 * lies names that country's part of it, which the base lacks, not the namesake across the border.
 *
 * @example partOfAnotherCountry(view.text, matchOf('basque region'), starts) === true // "… region of france"
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
  // "in Rome of Chile's Embassy": an owner's possessive, not the country the name lies in.
  if (viewText.startsWith("'s", next.view[1])) return false;
  const countries = new Set(next.senses.map((s) => s.entity.country));
  const places = match.senses.filter((s) => PLACE_KINDS.has(s.entity.kind));
  return (
    places.length > 0 && places.every((s) => s.entity.kind !== 'country' && !countries.has(s.entity.country))
  );
}

/**
 * "خليج المكسيك", "the Gulf of Mexico": a sea named after a country, not the country; an incident there is
 * at sea. `before` holds the two words in front of the name.
 */
function namesSea(before: readonly string[], match: NameMatch): boolean {
  const [first, last] = before.slice(-2).map((w) => w.toLowerCase());
  const gulf = last === 'خليج' || (first === 'gulf' && last === 'of');
  return gulf && match.senses.some((s) => s.entity.kind === 'country');
}

/** "the Fourth Geneva Convention", "the Oslo Accords": a treaty's name, not "the Anaheim Convention Center". */
const TREATY_AFTER = /^\s+(?:conventions?|accords?|protocols?|treaty)\b(?!\s+(?:center|centre|hall|complex))/;

/** "رييس اقليم كردستان" (رئيس, normalised), "حاكم راس الخيمه": the place a president or a ruler heads. */
const RULER_BEFORE = /(?:^|\s)[وفلب]?(?:ال)?(?:رييس|رييسه|حاكم|امير|ملك|سلطان)\s+$/;
/** "نسبته انقره الي التنظيم", "اتهمت دمشق": a verb of saying or blaming whose subject is the place. */
const SPEAKING_BEFORE =
  /(?:^|\s)[وفل]?(?:نسب|اتهم|قال|اعلن|اكد|نفي|نفت|ادان|دان|طالب|حذر|هدد|دعت|دعا)\S*\s+$/;
/** "Ankara blamed", "Damascus said": the same in English, the place before the verb. */
const SPEAKING_AFTER =
  /^\s+(?:said|says|blamed|accused|denied|announced|confirmed|condemned|warned|insisted)\b/;
/** "لدخول انقره بقوه في الحمله": a state entering a war, a campaign or an alliance. */
const ENTERING_BEFORE = /(?:^|\s)[وفلب]?ل?(?:دخول|انضمام|مشاركه|تدخل)\s+$/;
const ENTERING_AFTER = /^\s+(?:\S+\s+)?(?:في|الي)\s+(?:ال)?(?:حرب|حمله|تحالف|صراع|معركه)/;

/**
 * A place named for its government or its ruler: a capital that speaks, blames or joins a war ("in Ankara
 * said" is a speaker's place), or the place a president or a ruler heads. Not where anything happened.
 *
 * @example namesGovernment(view.text, matchOf('انقره')) === true // in "هجوم نسبته انقره الي التنظيم"
 */
function namesGovernment(viewText: string, match: NameMatch): boolean {
  const before = viewText.slice(Math.max(0, match.view[0] - 16), match.view[0]);
  const after = viewText.slice(match.view[1], match.view[1] + 32);
  if (RULER_BEFORE.test(before) || SPEAKING_BEFORE.test(before)) return true;
  if (ENTERING_BEFORE.test(before) && ENTERING_AFTER.test(after)) return true;
  const lead = wordsBefore(viewText, match, 1)[0];
  return SPEAKING_AFTER.test(after) && (lead === undefined || !LOCATIVE_CUES.has(lead));
}

/** True when another name starts right after the "of" that follows the match ("of Mosul", "of the Gaza"). */
function namedAfterOf(viewText: string, match: NameMatch, starts: ReadonlyMap<number, NameMatch>): boolean {
  const words = wordSpans(viewText, match.view[1], Math.min(viewText.length, match.view[1] + 40), 3).slice(1);
  const [first, second] = words;
  if (first === undefined) return false;
  if (starts.has(first[0])) return true;
  return viewText.slice(first[0], first[1]) === 'the' && second !== undefined && starts.has(second[0]);
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
]);

/** Articles between a cue and a name: "in al-Latifiyah", "near the Kashmir valley", "in el-Arish". */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash', 'ath', 'adh', 'the']);

/**
 * True when the text announces a place right before the match: a locative word ("in", "near", "في")
 * right in front, articles aside, or a place noun ("town", "province", "مدينة") among the two words
 * before. Only the word right before counts for prepositions: "in Palestine Street" does not put a town
 * called Street on the map.
 *
 * @example placeCued(view.text, matchOf('Lasarte')) === true // in "in Lasarte"
 */
export function placeCued(viewText: string, match: NameMatch): boolean {
  const words = wordsBefore(viewText, match, 6, 60);
  // One article at most: in "at the Dresden station" the "at" is the cue, not another article ("at-Tall").
  if (words.length > 0 && ARTICLES.has(words[words.length - 1])) words.pop();
  const before = words.slice(-2);
  return LOCATIVE_CUES.has(before[before.length - 1]) || before.some((w) => PLACE_CUES.has(w));
}

/**
 * A spelling met only by its consonant skeleton needs a place cue and no English article in between: towns
 * go without "the", while "to the Minister" would otherwise be Monastir. A bare "of" is no cue either
 * ("the convoy of Minister …"); "the town of …" and "east of …" still are.
 *
 * @example skeletonCued(view.text, matchOf('Minister')) === false // in "to the Minister"
 */
export function skeletonCued(viewText: string, match: NameMatch): boolean {
  const words = wordsBefore(viewText, match, 2);
  const cue = words[words.length - 1];
  const townOf = words.length === 2 && (PLACE_CUES.has(words[0]) || DIRECTION_CUES.has(words[0]));
  if (cue === 'the' || (cue === 'of' && !townOf)) return false;
  return placeCued(viewText, match);
}

/** How far into the text the country a chronology's entry is filed under may start. */
const HEADING_REACH = 3;
/** "GREECE.  A bomb …": the heading country ends with a full stop. */
const HEADING_END = /^\.\s/;

/**
 * The country a chronology's entry opens with ("PERU.  Guerrillas bombed …"), or null: the entry is filed
 * under it.
 *
 * @example filedUnder(view.text, matches) === 'PE' // for a text opening "PERU.  A bomb …"
 */
export function filedUnder(viewText: string, matches: readonly NameMatch[]): string | null {
  const heading = matches.find((m) => m.view[0] <= HEADING_REACH);
  if (heading === undefined || !HEADING_END.test(viewText.slice(heading.view[1], heading.view[1] + 2)))
    return null;
  const countries = new Set(heading.senses.map((s) => s.entity.country));
  const [code] = countries;
  const country = heading.senses.every((s) => s.entity.kind === 'country' && s.via !== 'demonym');
  return country && countries.size === 1 && code !== null ? code : null;
}

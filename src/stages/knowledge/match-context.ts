// What the words around a name say about it: a cue before it, a place noun or a street after it.
import { allUnits, isWhiteSpace } from '../../core/text/unit-class.js';
import { WordBounds, wordSpans } from '../../core/text/word-scanner.js';
import { PROVINCE_NOUNS } from '../../core/text/place-nouns.js';
import { LATIN } from './country-evidence.js';
import {
  DIRECTION_CUES,
  FACILITY_NOUNS,
  LOCATIVE_CUES,
  isPlaceCue,
  PLACE_CUES,
  PLACE_NOUNS_AFTER,
} from './context-cues.js';
import type { NameMatch } from './mention-matcher.js';

/** An Arabic letter: a cue word of Arabic script. */
export const ARABIC_LETTER = /[\u0621-\u064a]/;

/** The word right after a match, when only spaces stand between ("Raman district", not "Raman. District"). */
export function nextWord(viewText: string, match: NameMatch): string {
  const end = match.view[1];
  // Asked of nearly every match by several rules in turn: the last answer is kept for the next.
  if (end === lastNext.end && viewText === lastNext.viewText) return lastNext.word;
  // The word is found by a reused scanner, not as a new pair.
  const after = NEXT_WORD.scan(viewText, end, Math.min(viewText.length, end + 30), 1);
  const adjacent = after.count > 0 && allUnits(viewText, end, after.starts[0], isWhiteSpace);
  const word = adjacent ? viewText.slice(after.starts[0], after.ends[0]) : '';
  lastNext.viewText = viewText;
  lastNext.end = end;
  lastNext.word = word;
  return word;
}

/** The scanner of `nextWord`, which keeps none of its bounds past the call. */
const NEXT_WORD = new WordBounds();

/** The last view and offset `nextWord` read the word after, and that word. */
const lastNext = { viewText: '', end: -1, word: '' };

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
function provinceNounAfter(viewText: string, match: NameMatch): boolean {
  return PROVINCE_NOUNS.has(nextWord(viewText, match));
}

/** Words for the head of a province, state or department. */
const GOVERNOR_NOUNS = new Set(['governor', 'governors', 'governorship']);

/**
 * "Al-Bayda province", "the province of Al-Bayda", "the Santander governor", "the governor of Sucre": a
 * province noun around the name, or a governor, who heads a province, says a province of that name is meant
 * rather than a town of it.
 *
 * @example namesProvince(view.text, matchOf('Sucre')) === true // in "the governor of Sucre"
 */
export function namesProvince(viewText: string, match: NameMatch): boolean {
  if (provinceNounAfter(viewText, match) || GOVERNOR_NOUNS.has(nextWord(viewText, match).toLowerCase()))
    return true;
  const before = wordsBefore(viewText, match);
  const head = before.length === 2 && before[1] === 'of' ? before[0].toLowerCase() : '';
  return GOVERNOR_NOUNS.has(head) || PROVINCE_NOUNS.has(head);
}

/** The plural province nouns that head or close a list of provinces. */
const PROVINCES = String.raw`(?:provinces|governorates|regions|states|departments|prefectures|oblasts)`;
/** The plural noun right after the list's last name: "lakhpur and tirin provinces". */
const PLURAL_PROVINCE_NOUN_AFTER = new RegExp(String.raw`^${PROVINCES}$`, 'u');
/** A name of one to three words in a list ("lakhpur", "north tirin"). */
const LISTED_NAME = String.raw`[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}`;
/** "the provinces of lakhpur, " / "the three provinces of lakhpur and ": the list's head before the name. */
const PROVINCES_BEFORE = new RegExp(
  String.raw`\b${PROVINCES}\s+(?:of\s+)?(?:${LISTED_NAME}\s*,\s*)*(?:${LISTED_NAME}\s*,?\s+(?:and|&)\s+)?$`,
  'u',
);
/** ", tirin and oster provinces" / " and oster provinces": the list's plural noun after the name. */
const PROVINCES_AFTER = new RegExp(
  String.raw`^(?:\s*,\s*${LISTED_NAME})*\s*,?\s+(?:and|&)\s+${LISTED_NAME}\s+${PROVINCES}\b`,
  'u',
);

/**
 * "the provinces of Lakhpur, Tirin and Oster", "Lakhpur and Tirin provinces": a plural province noun heading
 * or closing the list the name stands in says each name of it is a province's. Unlike a singular noun after a
 * single name ("Lakhpur province", which news also writes for the province's seat), a list of provinces is
 * never a list of towns.
 *
 * @example provinceListed(view.text, matchOf('Tirin')) === true // in "the provinces of Lakhpur, Tirin and Oster"
 */
export function provinceListed(viewText: string, match: NameMatch): boolean {
  if (PLURAL_PROVINCE_NOUN_AFTER.test(nextWord(viewText, match))) return true;
  const before = viewText.slice(Math.max(0, match.view[0] - 80), match.view[0]);
  const after = viewText.slice(match.view[1], match.view[1] + 80);
  return PROVINCES_BEFORE.test(before) || PROVINCES_AFTER.test(after);
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
 * The last of `list`, or undefined when it is empty. Not `list[list.length - 1]`: on an empty list that reads
 * index -1, which V8 looks up as a property named "-1" along the prototype chain (some 100 ns, measured), where
 * a length test costs nothing — and a name at a clause's start has no words before it.
 */
export const lastOf = <T>(list: readonly T[]): T | undefined =>
  list.length === 0 ? undefined : list[list.length - 1];

/**
 * The last `count` words in front of a match within its clause, normalised.
 *
 * @example wordsBefore(view.text, matchOf('Mosul')) // ['town', 'of'] in "the town of Mosul"
 */
export function wordsBefore(
  viewText: string,
  match: NameMatch,
  count = 2,
  reach = WORDS_BEFORE_REACH,
): string[] {
  const to = match.view[0];
  const start = Math.max(0, to - reach);
  // Most calls want two or four words of a clause that reaches back past them: the words are read from the
  // space before the last `count` of them, not from the window's start, once the walk back from the name has
  // met no clause's start on the way (a word never holds a space, so the words after one are the same read
  // either way). Reading the whole window, after walking it back for the clause's start, cost a third more
  // (a call for four words: 860 → 620 ns).
  let spaces = 0;
  for (let i = to - 1; i > start; i--) {
    const unit = viewText.charCodeAt(i);
    if (isStop(viewText.charCodeAt(i - 1)) && isWhiteSpace(unit)) return lastWords(viewText, i, to, count);
    if (unit === 0x20 && ++spaces > count) {
      const words = WORDS_BEFORE.scan(viewText, i + 1, to);
      if (words.count >= count) return cutWords(viewText, words, count);
      // Fewer words than spaces ("in - the"): the clause's start is looked for before this space too.
      return lastWords(viewText, clauseStart(viewText, start, i), to, count);
    }
  }
  // Walked back to the window's start with no clause's start on the way.
  return lastWords(viewText, start, to, count);
}

/** The last `count` words of `viewText[from, to)`. */
function lastWords(viewText: string, from: number, to: number, count: number): string[] {
  return cutWords(viewText, WORDS_BEFORE.scan(viewText, from, to), count);
}

/** The last `count` of `words`, cut out of `viewText`. */
function cutWords(viewText: string, words: WordBounds, count: number): string[] {
  const first = Math.max(0, words.count - count);
  // The chooser asks this several times of every match: the words are cut by one reused scanner, not into
  // a pair per word and two lists, which made this the largest source of garbage of the whole pipeline.
  for (let i = first; i < words.count; i++)
    WORDS_CUT[i - first] = viewText.slice(words.starts[i], words.ends[i]);
  // Copied out at its length: a list pushed to reserves seventeen slots at its first word, which were garbage.
  return WORDS_CUT.slice(0, words.count - first);
}

/** The words `wordsBefore` cuts, before they are copied out; slots past the last call's words are stale. */
const WORDS_CUT: string[] = [];

/** How far back `wordsBefore` looks for words, unless told otherwise. */
export const WORDS_BEFORE_REACH = 40;

/** The scanner of `wordsBefore`, which keeps none of its bounds past the call. */
const WORDS_BEFORE = new WordBounds();

/**
 * Where to start looking back for cues: `from`, or later if a full stop, question or exclamation mark
 * followed by a space lies between ("… Yala province. Police Sergeant …" gives Police no cue).
 */
function clauseStart(viewText: string, from: number, to: number): number {
  const start = Math.max(0, from);
  for (let i = to - 1; i > start; i--) {
    if (isStop(viewText.charCodeAt(i - 1)) && isWhiteSpace(viewText.charCodeAt(i))) return i;
  }
  return start;
}

/** `.`, `!`, `?` and the Arabic question mark: tested by code, as this runs back over every name's clause. */
const isStop = (unit: number): boolean => unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x061f;

/** Articles between a cue and a name: "in al-Latifiyah", "near the Kashmir valley", "in el-Arish". */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash', 'ath', 'adh', 'the']);

/**
 * True when the text announces a place right before the match: a locative word ("in", "near", "في")
 * right in front, articles aside, or a place noun ("town", "province", "مدينة") among the two words
 * before. Only the word right before counts for prepositions: "in Palestine Street" does not put a town
 * called Street on the map.
 *
 * The English "at" is a cue too ("a bomb at Hat Yai station") when `capitalised`: the text writes names
 * with a capital, so the name after "at" is one. In lower-cased text "at" is as often the article "at-"
 * of a transliterated name ("at lal darwaza area"), and a one-word spelling met only by its consonants needs
 * a surer cue than "at", which fronts firms, venues and titles as much as towns (see `skeletonCued`).
 *
 * @example placeCued(view.text, matchOf('Lasarte')) === true // in "in Lasarte"
 */
export function placeCued(viewText: string, match: NameMatch, capitalised = false): boolean {
  const words = wordsBefore(viewText, match, 6, 60);
  // One article at most: in "at the Dresden station" the "at" is the cue, not another article ("at-Tall").
  const last = lastOf(words) ?? '';
  if (ARTICLES.has(last) && !(capitalised && last === 'at')) words.pop();
  const before = words.slice(-2);
  return LOCATIVE_CUES.has(lastOf(before) ?? '') || before.some(isPlaceCue);
}

/**
 * A spelling met only by its consonant skeleton needs a place cue and no English article in between: towns
 * go without "the", while "to the Minister" would otherwise be Monastir. A bare "of" is no cue either
 * ("the convoy of Minister …"); "the town of …" and "east of …" still are. "At" is one before a name of
 * several words ("fired at Bet Jala") only.
 *
 * @example skeletonCued(view.text, matchOf('Minister')) === false // in "to the Minister"
 */
export function skeletonCued(viewText: string, match: NameMatch): boolean {
  const words = wordsBefore(viewText, match, 2);
  const cue = lastOf(words) ?? '';
  const townOf = words.length === 2 && (PLACE_CUES.has(words[0]) || DIRECTION_CUES.has(words[0]));
  if (cue === 'the' || (cue === 'of' && !townOf)) return false;
  // "fired at Bet Jala": before a name of several words "at" is cue enough; before one word it fronts titles
  // and venues as often ("at Minister …" is no Monastir).
  if (cue === 'at' && match.key.includes(' ')) return true;
  // A place noun with another word between it and the name fronts a title or an office, not the name: "the
  // city councillor Walden" is a person, though "city" comes two words before.
  // «بمدينة هامبورج»: an Arabic place noun carries its proclitic.
  const arabicNoun = ARABIC_LETTER.test(cue) && isPlaceCue(cue);
  return (LOCATIVE_CUES.has(cue) || ARTICLES.has(cue) || arabicNoun) && placeCued(viewText, match);
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

/** Words that open an object noun phrase: after "to" and a word, they make the word a verb. */
const OBJECT_OPENERS = new Set('the a an his her their our its this these those them him us me'.split(' '));

/**
 * "a coalition to Save the Valley", "vowed to Hit the …": a word between "to" and an article or a pronoun is a
 * verb with its object, even written with a capital, not a town a preposition announces.
 *
 * @example readsAsVerb(view.text, matchOf('save')) === true // in "the coalition to save the valley"
 */
export function readsAsVerb(viewText: string, match: NameMatch): boolean {
  const before = wordsBefore(viewText, match, 1);
  return before[0] === 'to' && OBJECT_OPENERS.has(nextWord(viewText, match));
}

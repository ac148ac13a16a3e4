// Arabic given names read next to a place's name. English reports write Arabic people's names with many
// towns' names in them ("Haydar Hamzah", "Riyadh Jassim", "Oman al-Damluji"); these rules tell such a name
// from the place. Kept apart from name-parts.ts, which reads names of any language, so the list of given
// names and the rules that rest on it are found and grown in one place.
import type { NameMatch } from './mention-matcher.js';
import {
  BARE_OF,
  INSTITUTION_WORDS,
  LOCATIVE_BEFORE,
  NOT_NAME_WORDS,
  PLACED_BEFORE,
} from './name-context-words.js';
import { isWhiteSpace } from '../../core/text/unit-class.js';
import { isCapitalisedWord } from './letter-cases.js';

// Arabic given names, the commonest source of towns read in people's names: before a town's name they make it
// a family name ("Haydar Hamzah", "Walid Qasim", "Qassem Mansour"), after one they make it a given name and
// themselves the father's ("Riyadh Jassim", "Sabah Ahmed"). One list serves both sides.
const GIVEN_NAMES =
  'Mohammed|Mohammad|Muhammad|Mohamed|Ahmed|Ahmad|Ali|Hassan|Hasan|Hussein|Husain|Haider|Haidar|Haydar|Omar|Umar|Khalid|Khaled|Mahmoud|Mahmud|Mustafa|Ibrahim|Youssef|Yousef|Yusuf|Salah|Saleh|Jamal|Karim|Kareem|Walid|Sabah|Riyadh|Zahir|Khidir|Qassem|Qasim|Jassim|Jasim|Hamid|Majid|Adnan|Faisal|Nabil|Samir|Tariq|Tareq|Ziad|Fadhil|Kamal|Sami|Hadi|Mahdi|Jawad|Abbas|Salim|Saeed|Said|Rashid|Nasser|Nasir|Munir|Raad|Falah|Sattar|Jabbar|Kadhim|Kazem|Hamza|Hamzah|Osama|Usama|Anwar|Yasser|Yasir|Hazem|Hazim|Kifah|Imad|Emad|Iyad|Ayad|Ammar|Bassam|Hisham|Wissam|Firas|Raed|Mazen|Marwan|Ayman|Ghassan|Yousuf|Yousif|Younes|Younis|Yunis|Yunus|Naim|Naeem|Daoud|Dawood|Dawud|Adel|Adil|Ismail|Jalal|Wael|Tahir|Suleiman|Sulaiman|Jamil|Talal|Akram|Bilal|Nawaf|Farouk|Farooq|Fawzi|Abdullah|Abdallah';
// "Abdul Hadi", "Abd-al-Hamzah", "Abu Bakr", "bin Laden": particles that always head a longer personal name.
const PARTICLES = '(?:Abdul|Abdel|Abdal|Abdol|Abdur|Abd|Abu|Abou|Bin|Ibn)';
const GIVEN_NAME_SET: ReadonlySet<string> = new Set(GIVEN_NAMES.split('|'));
const PARTICLE_BEFORE = new RegExp(`(?:^|[\\s(,])${PARTICLES}[\\s-](?:(?:al|el)[\\s-])?$`, 'iu');
const GIVEN_NAME_AFTER = new RegExp(`^\\s(?:(?:${GIVEN_NAMES})\\b|${PARTICLES}[\\s-]\\p{Lu})`, 'u');

/**
 * "Hamid Naama", "Hazem Daraa", "Mohammed Hadi", "Salim Abd-al-Hamzah": a name right after a known Arabic given
 * name or a particle ends another person's name — a family name, not a place nor a leader's surname.
 */
export const afterGivenName = (text: string, match: NameMatch): boolean => {
  const lead = text.slice(Math.max(0, match.span[0] - 16), match.span[0]);
  return endsWithGivenName(lead) || PARTICLE_BEFORE.test(lead);
};

/**
 * Whether `lead` ends with one of `GIVEN_NAMES` and one white-space character, the name opening `lead` or
 * standing after white space, "(" or ",": what `(?:^|[\s(,])(?:GIVEN_NAMES)\s$` tells. Read back from the
 * end: a name is letters only, so the one place it can start is just after the last such mark (or at the
 * start), and a set answers for the word there. The pattern, tried at every place of `lead` over a list of
 * 150 names, cost some 300 ns a match; it is asked of every match of an article with capitals.
 */
function endsWithGivenName(lead: string): boolean {
  const last = lead.length - 1;
  if (last < 1 || !isWhiteSpace(lead.charCodeAt(last))) return false;
  let start = last;
  while (start > 0 && !opensName(lead.charCodeAt(start - 1))) start--;
  return GIVEN_NAME_SET.has(lead.slice(start, last));
}

/** White space, "(" or ",": what may stand right before a given name. */
const opensName = (unit: number): boolean => isWhiteSpace(unit) || unit === 0x28 || unit === 0x2c;

/**
 * "Riyadh Jassim was shot", "Sabah Ahmed", "Riyadh Abdul-Karim": a place's name right before an Arabic given
 * name or a particle is a person's given name and the next his father's, unless a locative puts the place on
 * the map ("in Riyadh Ali said").
 */
export function headsArabicName(text: string, match: NameMatch): boolean {
  const [start, end] = match.span;
  if (!GIVEN_NAME_AFTER.test(text.slice(end, end + 16))) return false;
  // "the car of Riyadh Jassim" names the owner: a bare "of" is no locative here, "the city of" is.
  const lead = text.slice(Math.max(0, start - 24), start);
  const placed = BARE_OF.test(lead) ? PLACED_BEFORE.test(lead) : LOCATIVE_BEFORE.test(lead.slice(-12));
  return !placed && !bearingBefore(text, start);
}

// "northern", "south-east", "central": a bearing before a name puts it on the map as a preposition does.
const BEARING_BEFORE =
  /\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+$/i;

/** "in northern Kirkuk Hassan said": whether a compass bearing stands right before `start`. */
const bearingBefore = (text: string, start: number): boolean =>
  BEARING_BEFORE.test(text.slice(Math.max(0, start - 16), start));

// "Oman al-Damluji", "Kifah Al Qaysi": the Arabic article and a capitalised word after a name, and the word
// after them if any (a place noun there makes the whole a place's name: "Hama al-Ghab Governorate", "the
// Kirkuk al-Rashad highway").
const FAMILY_NAME_AFTER = /^\s(?:(?:al|el|Al|El)-|Al\s)(\p{Lu}\p{Ll}+)(?:\s(\p{Lu}\p{Ll}+|\p{Ll}+))?/u;
// The same place nouns written in lower case: "the Kirkuk al-Rashad road" is a road out of Kirkuk.
const PLACE_NOUN_AFTER =
  /^(?:road|highway|motorway|expressway|street|bridge|checkpoint|city|town|district|area)$/;
// Words after "al-" that name a quarter or a part of the place before ("Daraa al-Balad", "Mosul al-Jadida",
// "Najaf al-Ashraf"), no family's.
const PLACE_PART_WORDS = new Set(
  `Balad Jadida Jadidah Jedida Qadima Qadimah Kubra Sughra Wusta Sharqi Gharbi Shamali Janubi Sharqiya Gharbiya
  Shamaliya Janubiya Sharqiyah Gharbiyah Shamaliyah Janubiyah Fawqani Tahtani Fouqani Mahatta Ashraf Muqaddasa
  Mukarrama Munawwara`.split(/\s+/),
);
// Words that head a place's name of several words ("Tal al-Abyad", "Bab al-Hawa", "Deir al-Zour"): no given
// names, so a match on them alone is left to the other rules.
export const PLACE_HEAD_WORDS: ReadonlySet<string> = new Set(
  `Tal Tell Tel Deir Dayr Kafr Ain Ein Ras Bir Beit Bayt Jabal Jebel Bab Qasr Suq Souq Souk Hay Hai Wadi Khan Jisr
  Maarat Marj Umm Abu Bani Beni Sidi Nahr Qalat Arab Sheikh`.split(/\s+/),
);

// "Hama Fadhel al-Shammari": a father's name between a given name and the family's.
const FATHER_THEN_FAMILY = /^\s(\p{Lu}\p{Ll}+)\s(?:al|el|Al|El)-(\p{Lu}\p{Ll}+)/u;

/**
 * "Akkar Salloum al-Shammari, a tribal chief": a place's name, a capitalised word that is no place's and the
 * Arabic article and a family name make the three names of one person, unless a locative puts the first on
 * the map ("in Mosul Hassan al-Jubouri said").
 */
function fatherBetween(text: string, match: NameMatch, father: RegExpExecArray): boolean {
  const [start] = match.span;
  const middle = father[1];
  if (NOT_NAME_WORDS.has(middle) || INSTITUTION_WORDS.has(middle) || PLACE_HEAD_WORDS.has(middle))
    return false;
  if (PLACE_PART_WORDS.has(father[2])) return false;
  const lead = text.slice(Math.max(0, start - 24), start);
  return !LOCATIVE_BEFORE.test(lead.slice(-12)) && !PLACED_BEFORE.test(lead) && !bearingBefore(text, start);
}

/**
 * "Oman al-Damluji", "Kifah al-Qaysi": a one-word place name right before the Arabic article and a capitalised
 * word is a person's given name and the rest the family's — unless a locative puts it on the map, the word
 * after the article names a part of the place ("Daraa al-Balad") or begins a known place (`named`: start and
 * end offsets of curated places), or a place noun follows ("Hama al-Ghab Governorate"). Countries go too: no
 * country is written so.
 */
export function headsFamilyName(text: string, match: NameMatch, named: ReadonlySet<number>): boolean {
  const [start, end] = match.span;
  const surface = text.slice(start, end);
  if (!isCapitalisedWord(surface) || PLACE_HEAD_WORDS.has(surface)) return false;
  const tail = text.slice(end, end + 40);
  const father = FATHER_THEN_FAMILY.exec(tail);
  if (father !== null && !named.has(end + 1)) return fatherBetween(text, match, father);
  const family = FAMILY_NAME_AFTER.exec(tail);
  if (family === null || PLACE_PART_WORDS.has(family[1])) return false;
  const next = family[2];
  if (next !== undefined && (NOT_NAME_WORDS.has(next) || PLACE_NOUN_AFTER.test(next))) return false;
  const familyStart = end + family[0].indexOf(family[1]);
  if (named.has(end + 1) || named.has(familyStart)) return false;
  const lead = text.slice(Math.max(0, start - 24), start);
  return !/(?:al|el)[-\s]$/i.test(lead) && !PLACED_BEFORE.test(lead) && !bearingBefore(text, start);
}

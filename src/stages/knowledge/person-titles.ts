// Titles and names that make the name right after them a person's ("Col. Riyadh", "Mahdi al-Attar", "Senator
// Piedad Cordoba"), read on the original text (capitals matter). Kept apart from name-parts.ts, whose rules
// ask them.
import { isWhiteSpace } from '../../core/text/unit-class.js';
import { mayEndCapitalisedWord } from './letter-cases.js';

// "Mahdi al-Attar", "Abu Omar el-Shami": a capitalised word, then the article, then the name.
const PERSON_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}'’]+)\s+(?:al|el|Al|El)[-\s]$/u;
const TITLES =
  '(?:(?:Col|Gen|Lt|Maj|Capt|Sgt|Brig|Cpl|Dr|Mr|Mrs|Ms|Prof|Rev|Gov|Sen)\\.?|Colonel|General|Lieutenant|Major|Captain|Sergeant|Brigadier|Corporal|Doctor|Professor|Senator|Congressman|Councilman|Councillor|Councilor|Bishop|Sheikh|Shaikh|Sheik|Imam|Mullah|Mawlawi|Maulvi|Haji|Hajji|Judge|Mayor|Sayyed|Sayed|Syed)';
// "Col. Riyadh Katei", "Dr. Hamza", "Sheikh Mansour": a title makes the next name a person's.
const TITLE_BEFORE = new RegExp(`(?:^|[\\s(,])${TITLES}\\s+$`);
// "Colonel Taher Salah al-Din", "Senator Piedad Cordoba", "Minister Beslan": a title and a given name, or an
// office held by one person, make the next name a surname.
const TITLE_AND_GIVEN_NAME_BEFORE = new RegExp(`(?:^|[\\s(,])${TITLES}\\s+\\p{Lu}\\p{Ll}+\\s+$`, 'u');
const TITLE_AND_NAME_BEFORE = new RegExp(
  `(?:^|[\\s(,])(?:${TITLES}\\s+\\p{Lu}\\p{Ll}+|(?:Minister|Physician))\\s+$`,
  'u',
);
/** Characters before a name searched for a title and a given name: "Brigadier Abdulrahman " fits. */
const TITLE_AND_NAME_REACH = 32;
// The same in lower-cased text ("syed zubair", "maulana hadi"): titles that are no ordinary word.
const LOWER_TITLES: ReadonlySet<string> = new Set(
  'sheikh shaikh sheik syed sayed sayyed maulana mr mrs dr'.split(' '),
);
const LOWER_TITLE_BEFORE = new RegExp(String.raw`(?:^|[\s(,])(?:${[...LOWER_TITLES].join('|')})\.?\s+$`);

const isLowerLatin = (unit: number): boolean => unit >= 0x61 && unit <= 0x7a;

/**
 * Whether `LOWER_TITLE_BEFORE` may match `text[from, to)`: the a–z letters before the white space that ends it (and
 * a stop, if one stands there) are one of its titles, as they are wherever it matches, its title being a whole
 * word. Read by code: the pattern, tried at every place of the lead before each name, mostly finds no title there.
 */
function mayEndLowerTitle(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === to) return false;
  if (end > from && text.charCodeAt(end - 1) === 0x2e /* . */) end--;
  let word = end;
  while (word > from && isLowerLatin(text.charCodeAt(word - 1))) word--;
  return LOWER_TITLES.has(text.slice(word, end));
}

// Words that, capitalised at a sentence start, announce a place rather than name a person.
const NOT_GIVEN_NAMES = new Set(['in', 'near', 'at', 'from', 'to', 'into', 'outside', 'around', 'the', 'of']);

/**
 * "Colonel Taher Salah al-Din": a title and a given name right before `start` make the name there a surname.
 *
 * @example titleAndGivenNameBefore('Colonel Taher Salah', 14) === true
 */
export const titleAndGivenNameBefore = (text: string, start: number): boolean =>
  mayEndTitleAndName(text, start) &&
  TITLE_AND_GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, start - TITLE_AND_NAME_REACH), start));

/**
 * Whether a capitalised word and white space may end the text before `start` within the patterns' reach, as
 * every match of `TITLE_AND_GIVEN_NAME_BEFORE` and `TITLE_AND_NAME_BEFORE` ends ("Minister" is one too): where
 * none can (`mayEndCapitalisedWord`), neither is tried at every place of the lead.
 */
const mayEndTitleAndName = (text: string, start: number): boolean =>
  mayEndCapitalisedWord(text, Math.max(0, start - TITLE_AND_NAME_REACH), start);

/**
 * "Mahdi al-", "Col. ", "Sheikh ", "Brigadier Abdulrahman ": a person's title or name right before `start`.
 *
 * @example titleOrNameBefore('Col. Riyadh', 5) === true
 */
export function titleOrNameBefore(text: string, start: number): boolean {
  // Tried only where the "l" of "al-", "el " stands second to last before the name.
  const personLead = text.charCodeAt(start - 2) === 0x6c ? text.slice(Math.max(0, start - 40), start) : '';
  const person = PERSON_BEFORE.exec(personLead);
  if (person !== null && !NOT_GIVEN_NAMES.has(person[1].toLowerCase())) return true;
  const lead = text.slice(Math.max(0, start - 16), start);
  return (
    TITLE_BEFORE.test(lead) ||
    (mayEndLowerTitle(text, start - lead.length, start) && LOWER_TITLE_BEFORE.test(lead)) ||
    (mayEndTitleAndName(text, start) &&
      TITLE_AND_NAME_BEFORE.test(text.slice(Math.max(0, start - TITLE_AND_NAME_REACH), start)))
  );
}

/**
 * Cheap tests run before a costly regular expression that needs a cased letter at one place in the text: a
 * character code tells at once that an ASCII character or an Arabic letter is no such letter, so Arabic text
 * and most English never reach the expression. Other characters may be either: the expression decides.
 */
import { isWhiteSpace } from '../../core/text/unit-class.js';

/** Whether `text[i]` may be an upper-case letter (`\p{Lu}`): false for ASCII other than A–Z and for Arabic. */
export function mayBeUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : mayBeCased(c);
}

/** A code past ASCII outside the Arabic block, whose letters have no case; NaN (no character there) is not. */
const mayBeCased = (c: number): boolean => c > 0 && !(c >= 0x600 && c <= 0x6ff);

/**
 * Whether `text` holds a letter with a case (`\p{Lu}`, `\p{Ll}`, `\p{Lt}`). Most Arabic articles hold none,
 * and then no rule that reads capitals or Latin words can apply anywhere in them: a caller runs only the
 * rules of caseless scripts. A unit past ASCII and the Arabic block is asked of a pattern once and
 * remembered, and a surrogate is taken as cased (the safe side: every rule is then run).
 *
 * @example hasCasedLetter('قتل 3 أشخاص «في» بغداد') === false
 * @example hasCasedLetter('قتل 3 أشخاص في Baghdad') === true
 */
export function hasCasedLetter(text: string): boolean {
  MAY_BE_CASED.lastIndex = 0;
  while (MAY_BE_CASED.test(text)) {
    const c = text.charCodeAt(MAY_BE_CASED.lastIndex - 1);
    if (c < 0x80 || isCasedUnit(c)) return true;
  }
  return false;
}

/**
 * A unit that may be a cased letter: an ASCII letter, or past ASCII outside the Arabic block. The pattern
 * skips the rest of a text faster than a loop reading each unit's code (an Arabic article is read whole).
 */
const MAY_BE_CASED = /[^\0-@[-`{-\u007f\u0600-\u06ff]/g;

/** Per BMP unit: 0 not yet asked, 1 a cased letter or a surrogate, 2 neither. */
const CASED_UNITS = new Uint8Array(0x10000);
const CASED_LETTER = /[\p{Lu}\p{Ll}\p{Lt}]/u;

function isCasedUnit(c: number): boolean {
  let known = CASED_UNITS[c];
  if (known === 0) {
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    known = surrogate || CASED_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    CASED_UNITS[c] = known;
  }
  return known === 1;
}

/**
 * Whether `text[from, to)` may end with a capitalised word (`\p{Lu}\p{Ll}+`) and white space after it: false
 * when the code units tell that it cannot. The name rules look for such a word right before a name with
 * patterns that end a lead so (`(\p{Lu}\p{Ll}+)\s$`, `\p{Lu}\p{Ll}+\s+$`), tried at every place of it; the word
 * before a name is mostly a lower-case one ("in", "of", "the"), and reading back over the white space and the
 * word's a–z letters to the unit in front of them rules it out. In ASCII `\p{Ll}` is a–z and `\p{Lu}` A–Z: an
 * ASCII unit other than a–z ends the lower-case letters, and is the word's capital only if it is A–Z with one
 * a–z after it at least; an Arabic letter, which has no case, ends them as such a unit does. Any other unit is
 * left to the pattern, as is the whole word.
 *
 * @example mayEndCapitalisedWord('killed Hamid ', 0, 13) === true
 * @example mayEndCapitalisedWord('killed in ', 0, 10) === false
 */
export function mayEndCapitalisedWord(text: string, from: number, to: number): boolean {
  // The name rules ask this of each match some seven times, at its start and back to different places: the
  // units are read back once, as far as they decide it, and a call that may read as far is answered so.
  if (to !== readBack.to || text !== readBack.text) {
    readBack.answer = readsBackCapitalisedWord(text, 0, to, readBack);
    readBack.text = text;
    readBack.to = to;
  }
  return from <= readBack.lowest ? readBack.answer : readsBackCapitalisedWord(text, from, to, scratch);
}

/** The last text and offset `mayEndCapitalisedWord` read back from, its answer, and the lowest unit it read. */
const readBack = { text: '', to: -1, answer: false, lowest: 0 };

/** Where a reading that is not kept writes the lowest unit it read. */
const scratch = { lowest: 0 };

/**
 * `mayEndCapitalisedWord` read back from `to` to `from` at most, writing the lowest offset it read a unit at
 * (`to` when it read none) into `read.lowest`: a later call from as far or farther gets the same answer.
 */
function readsBackCapitalisedWord(text: string, from: number, to: number, read: { lowest: number }): boolean {
  let end = to;
  read.lowest = to;
  while (end > from) {
    read.lowest = end - 1;
    if (!isWhiteSpace(text.charCodeAt(end - 1))) break;
    end--;
  }
  if (end === to) return false;
  for (let i = end - 1; i >= from; i--) {
    read.lowest = i;
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) continue;
    if (c >= 0x80 && mayBeCased(c)) return true;
    return c >= 0x41 && c <= 0x5a && i < end - 1;
  }
  // Only a–z from `from` on, or nothing: no capital to start the word.
  return false;
}

/** A capitalised word right before a name: "Gary " in "Gary Hughes", a name rule's word. */
const CAPITALISED_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}+)\s$/u;

/**
 * The capitalised word and the space that end `lead`, the text's units right before `start`, as
 * `/(?:^|\s)(\p{Lu}\p{Ll}+)\s$/u` finds them: not tried at every place of the lead where none can end it
 * (`mayEndCapitalisedWord`).
 *
 * @example capitalisedBefore('the home of Gary Hughes', 17, 'home of Gary ')?.[1] === 'Gary'
 */
export function capitalisedBefore(text: string, start: number, lead: string): RegExpExecArray | null {
  return mayEndCapitalisedWord(text, start - lead.length, start) ? CAPITALISED_BEFORE.exec(lead) : null;
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether `word` is one capitalised word, as `/^\p{Lu}\p{Ll}+$/u` tells: asked of a match's surface by
 * several name rules, some 20,000 times a corpus pass. An ASCII word is read by code (in ASCII `\p{Lu}` is
 * A–Z and `\p{Ll}` a–z); a word with another character is left to the pattern.
 *
 * @example isCapitalisedWord('Naama') === true; isCapitalisedWord('NATO') === false
 */
export function isCapitalisedWord(word: string): boolean {
  // One code unit is never two letters.
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return CAPITALISED_WORD.test(word);
    if (i === 0 ? c < 0x41 || c > 0x5a : c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

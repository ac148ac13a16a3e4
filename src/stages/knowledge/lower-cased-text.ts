import type { Span } from '../../core/span.js';
import { unitTest } from '../../core/text/unit-class.js';

/**
 * True for lower-cased text (some corpora and scrapers lower-case everything): Latin sentences exist and
 * none begins with a capital. Judged on the body sentences only — boilerplate left around a lower-cased
 * story ("Facebook Twitter Linkedin Mail") must not switch the capital checks back on.
 *
 * @example isLowerCased('gunmen fired on a bus. two died.', [[0, 22], [23, 32]]) === true
 */
export function isLowerCased(text: string, sentences: readonly Span[]): boolean {
  let latin = 0;
  for (const [start, end] of sentences) {
    const first = firstLetter(text, start, Math.min(end, start + SENTENCE_OPENING));
    if (!isLatinLetter(first)) continue;
    latin++;
    if (first <= 0x5a /* Z */) return false;
  }
  return latin > 0;
}

/** How far into a sentence its first letter is looked for. */
const SENTENCE_OPENING = 80;

/** One letter of any script at the index it is read from (`lastIndex`): a surrogate pair's. */
const LETTER_AT = /\p{L}/uy;

/**
 * The code unit of the first letter of `text[from, to)`, -1 if none: read unit by unit, where cutting the
 * stretch out and matching a pattern in it made a string and a match for each sentence of each article. A
 * surrogate pair cut by `to` holds no letter, as it would in the cut string.
 */
function firstLetter(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if (isLatinLetter(unit)) return unit;
      continue;
    }
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < to && isTrailSurrogate(text.charCodeAt(i + 1));
    if (pair) {
      LETTER_AT.lastIndex = i;
      if (LETTER_AT.test(text)) return unit;
      i++;
    } else if ((unit < 0xd800 || unit > 0xdfff) && isLetterUnit(unit)) return unit;
  }
  return -1;
}

/**
 * Whether a unit, no surrogate, is a letter (`\p{L}`), from a table (core/text/unit-class): the first unit of
 * most sentences of an Arabic article is asked, and the pattern, run at the unit's place in the text, cost
 * some 400 ns a time.
 */
const isLetterUnit = unitTest(/\p{L}/u);

const isTrailSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** A–Z or a–z. */
const isLatinLetter = (unit: number): boolean =>
  (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);

import type { Sentence } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { isWhiteSpace, unitTest } from '../../core/text/unit-class.js';
import { paragraphSpans, trim } from './paragraph-splitter.js';
import { ABBREVIATIONS, SENTENCE_OPENERS, TITLES } from './sentence-abbreviations.js';

// The Arabic semicolon ؛ joins clauses of one sentence, as annotated corpora (AQMAR) treat it.
const isTerminal = unitTest(/[.!?؟…۔]/);
/**
 * Finds the next terminal mark from its lastIndex. One scanner for every paragraph, set to the paragraph's
 * start on each use (splitting is synchronous, so no two uses overlap): building one per paragraph cost a
 * regex compilation each time.
 */
const TERMINALS = /[.!?؟…۔]/g;
/**
 * Closing quotes and brackets. It and `isTerminal` are asked of code units from tables: a set of one-character
 * strings was asked of a string cut out per character, from a look-up that saw strings of both widths.
 */
const isCloser = unitTest(/["'”’»)\]›]/);
/**
 * Letters, digits and the marks on them: "جريحًا" carries its tanwin before its last letter. Asked of one
 * character at a time while words are read around a terminal mark (some 50,000 times a corpus pass): answered
 * from a table (`unitTest`), not by a call into the pattern each time.
 */
const isLetter = unitTest(/[\p{L}\p{M}\p{Nd}]/u);
/** Harakat, other combining marks and the tatweel: no letters of a word's own. */
const MARKS = /[\p{M}\u0640]/gu;
const isMark = unitTest(/[\p{M}\u0640]/u);
const PURE_LETTER = /\p{L}/u;
const isPureLetter = unitTest(PURE_LETTER);
const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;
/** "… إلخ" (etc.) closes a list inside the sentence. */
const ETC = new Set(['إلخ', 'الخ']);
/** "kidnapped" in "kidnapped.On Monday": an English word in lower case whose period lost its space. */
const LOWER_WORD = /^[a-z]{3,}$/;

/**
 * Sentences of the given segments of `text` (body parts outside removed spans): paragraphs first, then
 * . ! ? ؟ … and the Urdu ۔ with their closing quotes and brackets (not ؛ or ، or :). A period does not
 * end a sentence after an abbreviation ("Mr.", "Jan."), an initial or an Arabic single letter ("د.", "أ.ف.ب"), inside a
 * number or a URL, or after a dotted abbreviation ("U.S.") unless a sentence opener follows. Datelines
 * ("BEIRUT, Lebanon (AP) —", "بيروت - «رويترز»:") stay with the sentence they introduce.
 *
 * @example splitSentences('قتل 5. وأصيب 3؟ Mr. Smith left.', [[0, 31]]).length === 3
 */
export function splitSentences(text: string, segments: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [start, end] of segments) {
    for (const [ps, pe] of paragraphSpans(text, start, end)) splitParagraph(text, ps, pe, sentences);
  }
  return sentences;
}

function splitParagraph(text: string, start: number, end: number, out: Sentence[]): void {
  let sentenceStart = start;
  TERMINALS.lastIndex = start;
  for (let match = TERMINALS.exec(text); match && match.index < end; match = TERMINALS.exec(text)) {
    const i = match.index;
    let j = i;
    while (j < end && isTerminal(text.charCodeAt(j))) j++;
    const runEnd = j;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    // A leading list number ("1.") or a stray mark never makes a sentence of its own.
    if (holdsLetter(text, sentenceStart, i) && endsSentence(text, i, runEnd, j, end)) {
      push(text, sentenceStart, j, out);
      sentenceStart = j;
    }
    TERMINALS.lastIndex = j;
  }
  push(text, sentenceStart, end, out);
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  const span = trim(text, start, end);
  // Rules, ornaments and bare numbers ("***", "---", a page number) carry no words and make no sentence.
  if (span && holdsLetter(text, span[0], span[1])) out.push({ span });
}

/**
 * Whether `text[from, to)` holds a letter, as `PURE_LETTER` tells of the slice: asked of each sentence and of
 * the text before each terminal mark, mostly answered by its first few characters from a table without
 * cutting the slice. A surrogate, half of a letter beyond the BMP perhaps, leaves the answer to the pattern.
 */
function holdsLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (isPureLetter(unit)) return true;
    if (unit >= 0xd800 && unit <= 0xdfff) return PURE_LETTER.test(text.slice(from, to));
  }
  return false;
}

/** Decides whether the terminal run text[i, runEnd) (closers up to j) ends a sentence. */
function endsSentence(text: string, i: number, runEnd: number, j: number, end: number): boolean {
  const run = text.slice(i, runEnd);
  if (j < end && !isWhiteSpace(text.charCodeAt(j))) {
    // "الحدود.وقال", «عن "التنظيم".وقال», "were kidnapped.On Monday": a missing space between two Arabic
    // words, the first maybe closed by a quote or a bracket, or between a lower-case English word and a
    // capitalised sentence opener; otherwise a number, URL or "U.S.-led".
    let closed = i;
    while (closed > 0 && isCloser(text.charCodeAt(closed - 1))) closed--;
    const [before, next] = [wordBefore(text, closed), nextWord(text, j, end)];
    const joinedEnglish =
      LOWER_WORD.test(before) && !ABBREVIATIONS.has(before) && opensSentence(text, j, end);
    return run === '.' && ((isArabicWord(before) && isArabicWord(next)) || joinedEnglish);
  }
  // '"Who did it?" he asked.': a quotation followed by its lower-case attribution is one sentence.
  if (j > runEnd && /["'”’»]/.test(text.slice(runEnd, j)) && /^[a-z]/.test(nextWord(text, j, end)))
    return false;
  if (/[!?؟۔]/.test(run)) return true;
  // An ellipsis ends a sentence before a capital or an Arabic word ("…الفشل الذريع .. رقد المنتخب").
  if (run !== '.') {
    const next = nextWord(text, j, end);
    return nextWordStartsUpper(text, j, end) || (ARABIC_LETTER.test(next) && !ETC.has(next));
  }
  return periodEndsSentence(text, i, j, end);
}

function periodEndsSentence(text: string, i: number, j: number, end: number): boolean {
  const word = wordBefore(text, i);
  if (word === '' || /^\d+$/.test(word)) return true;
  const lower = word.toLowerCase();
  const opens = (): boolean => opensSentence(text, j, end);
  if (word.includes('.')) return !ARABIC_LETTER.test(word) && opens();
  // A lone letter is an initial ("J. Smith", "د. محمد", "هـ."); "2015م." is a word with its digits and ends,
  // and so does "جريحًا." (its tanwin no break in the word).
  if (isOneLetter(word) || TITLES.has(lower)) return false;
  return !ABBREVIATIONS.has(lower) || opens();
}

/**
 * Whether `word` is one character once its marks are dropped, as `[...word.replace(MARKS, '')].length === 1`
 * tells: read from a table unit by unit, where that made a string and an array per word before a period.
 * A surrogate (a character beyond the BMP) leaves the answer to the pattern.
 */
function isOneLetter(word: string): boolean {
  let count = 0;
  for (let k = 0; k < word.length; k++) {
    const unit = word.charCodeAt(k);
    if (unit >= 0xd800 && unit <= 0xdfff) return [...word.replace(MARKS, '')].length === 1;
    if (!isMark(unit) && ++count > 1) return false;
  }
  return count === 1;
}

/** A word that is the capitalised opener of a sentence ("The", "On") starts at or after offset j. */
function opensSentence(text: string, j: number, end: number): boolean {
  return SENTENCE_OPENERS.has(nextWord(text, j, end).toLowerCase()) && nextWordStartsUpper(text, j, end);
}

function isArabicWord(word: string): boolean {
  return word.length >= 2 && ARABIC_LETTER.test(word[0]) && !word.includes('.');
}

/** Letters, digits and inner periods just before offset i ("U.S" for "U.S."). */
function wordBefore(text: string, i: number): string {
  let k = i;
  while (
    k > 0 &&
    (isLetter(text.charCodeAt(k - 1)) ||
      (text[k - 1] === '.' && k - 1 > 0 && isLetter(text.charCodeAt(k - 2))))
  )
    k--;
  return text.slice(k, i);
}

function nextWord(text: string, from: number, end: number): string {
  let k = from;
  while (k < end && !isLetter(text.charCodeAt(k))) k++;
  let e = k;
  while (e < end && isLetter(text.charCodeAt(e))) e++;
  return text.slice(k, e);
}

function nextWordStartsUpper(text: string, from: number, end: number): boolean {
  const word = nextWord(text, from, end);
  return word.length > 0 && word[0] !== word[0].toLowerCase();
}

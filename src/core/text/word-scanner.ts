import type { Span } from '../span.js';

/**
 * Character classes for the scanner; computed once per BMP code unit on first sight. The classes of word
 * characters share a bit, so that one test tells a word character.
 */
const OTHER = 1;
const APOSTROPHE = 2;
const NUMBER_SEPARATOR = 3;
const WORDISH = 0x10;
const WORD = WORDISH | 1;
const DIGIT = WORDISH | 2;

const classes = new Uint8Array(0x10000);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const DIGIT_CHAR = /\p{Nd}/u;

function classify(unit: number): number {
  const ch = String.fromCharCode(unit);
  if (DIGIT_CHAR.test(ch)) return DIGIT;
  // ZWNJ/ZWJ join Persian and Urdu morphemes inside one word.
  if (LETTER_OR_MARK.test(ch) || unit === 0x200c || unit === 0x200d) return WORD;
  if (ch === "'" || ch === '\u2019') return APOSTROPHE;
  if (ch === '.' || ch === ',' || ch === '\u066b' || ch === '\u066c') return NUMBER_SEPARATOR;
  return OTHER;
}

/**
 * The class of the code unit at `i`. Surrogates are never stored in the table, so a unit classified once
 * costs one read, with no range test before it: the scanner asks this of every character it passes.
 */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  const c = classes[unit];
  return c !== 0 ? c : unseenClassAt(text, i, unit);
}

function unseenClassAt(text: string, i: number, unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdbff) {
    // Astral letters (rare in news) are words; other astral symbols (emoji) are not.
    return LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(i) ?? unit)) ? WORD : OTHER;
  }
  if (unit >= 0xdc00 && unit <= 0xdfff) {
    const high = i > 0 ? text.charCodeAt(i - 1) : 0;
    return high >= 0xd800 && high <= 0xdbff ? classAt(text, i - 1) : OTHER;
  }
  return (classes[unit] = classify(unit));
}

const isWordish = (c: number): boolean => (c & WORDISH) !== 0;

/**
 * The words of `text[start, end)`: runs of letters, marks and digits. An apostrophe between letters stays
 * inside ("Qur'an", "Russia's"), a period or comma between digits too ("1,200", "3.5", "١٬٢٠٠"); hyphens,
 * punctuation and spaces split, so "al-Qaeda" gives "al" and "Qaeda" in names and in text alike.
 *
 * `limit` stops after that many words, for callers that read only the next one or two.
 *
 * @example wordSpans('قُتل 1,200 in al-Qaeda’s raid') // [[0,4],[5,10],[11,13],[14,16],[17,24],[25,29]]
 * @example wordSpans('in al-Qaeda’s raid', 0, 18, 2) // [[0,2],[3,5]]
 */
export function wordSpans(text: string, start = 0, end = text.length, limit = Infinity): Span[] {
  const spans: Span[] = [];
  for (let i = start; i < end && spans.length < limit;) {
    if (!isWordish(classAt(text, i))) {
      i++;
      continue;
    }
    const to = wordEnd(text, i, end);
    spans.push([i, to]);
    // The character a word ends before is no word's (see `wordEnd`).
    i = to + 1;
  }
  return spans;
}

/**
 * The words of `wordSpans`, as two reusable arrays of offsets: a caller that scans sentence after
 * sentence and keeps none of the spans makes no pair per word for the collector.
 *
 * @example
 * const words = new WordBounds().scan('in al-Qaeda', 0, 11);
 * [words.count, words.starts[1], words.ends[1]] // [3, 3, 5]
 */
export class WordBounds {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  count = 0;

  /** Replaces the bounds held with those of the words of `text[start, end)`, at most `limit` of them. */
  scan(text: string, start: number, end: number, limit = Infinity): this {
    this.count = 0;
    for (let i = start; i < end && this.count < limit;) {
      if (!isWordish(classAt(text, i))) {
        i++;
        continue;
      }
      const to = wordEnd(text, i, end);
      if (this.count === this.starts.length) this.grow();
      this.starts[this.count] = i;
      this.ends[this.count++] = to;
      // The character a word ends before is no word's (see `wordEnd`).
      i = to + 1;
    }
    return this;
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/**
 * The end of the word that starts at `from`, a letter, mark or digit before `end`: `end`, or a character
 * that belongs to no word.
 */
function wordEnd(text: string, from: number, end: number): number {
  let i = from;
  let prev = classAt(text, i++);
  while (i < end) {
    const c = classAt(text, i);
    if (isWordish(c)) {
      prev = c;
      i++;
      continue;
    }
    // Most words end at a space or a mark that joins nothing: the character after it is not read.
    if (c === OTHER) break;
    const next = i + 1 < end ? classAt(text, i + 1) : OTHER;
    const joins =
      (c === APOSTROPHE && prev === WORD && next === WORD) ||
      (c === NUMBER_SEPARATOR && prev === DIGIT && next === DIGIT);
    if (!joins) break;
    prev = next;
    i += 2;
  }
  return i;
}

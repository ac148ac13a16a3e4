import { OpeningWords } from './opening-words.js';
import type { Lexeme } from './word-lexer.js';
import type { WordNumber } from './arabic-number-words.js';

const SMALL = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const VALUES = new Map<string, number>([
  ...SMALL.map((w, i) => [w, i + 1] as const),
  ...TENS.map((w, i) => [w, (i + 2) * 10] as const),
]);
const SCALES = new Map([
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1_000_000],
  ['dozen', 12],
]);
// The words a number can start with ("and" only in "… hundred and five" read from the "and"); most words
// are none of them and are turned away by one bit test.
const OPENS_A_NUMBER = new OpeningWords(['a', 'an', 'and', ...VALUES.keys()]);
/** The scale words "a"/"an" count one of ("a hundred", "a dozen"). */
export const ENGLISH_SCALE_WORDS: ReadonlySet<string> = new Set(SCALES.keys());
/** The words an English number in words may open with. */
export const ENGLISH_NUMBER_FIRST_WORDS: ReadonlySet<string> = OPENS_A_NUMBER.words;

/**
 * Reads an English cardinal in words from lexeme `i`: "three", "twenty-one", "a hundred",
 * "one hundred and five", "two thousand five hundred", "a dozen", "two dozen". "a"/"an" count as one
 * only before a scale word; digits are read by the digit parser.
 *
 * @example readEnglishNumber(lexSentences('twenty-one', [{ span: [0, 10] }]), 0) // { value: 21, next: 3 }
 */
export function readEnglishNumber(lex: readonly Lexeme[], i: number): WordNumber | null {
  const first = lex[i];
  if (!first || first.kind !== 'word' || !OPENS_A_NUMBER.opens(first)) return null;
  let j = i;
  let total = 0;
  let current = 0;
  let best: WordNumber | null = null;
  let lastSmall = -1;
  if ((first.norm === 'a' || first.norm === 'an') && SCALES.has(lex[i + 1]?.norm ?? '')) {
    current = 1;
    j = i + 1;
  }
  for (; j < lex.length && lex[j].sentence === first.sentence; j++) {
    const w = lex[j].norm;
    const small = VALUES.get(w);
    const scale = SCALES.get(w);
    if (small !== undefined) {
      // "twenty one" / "twenty-one": a unit may follow a ten; nothing else may follow a small number.
      if (lastSmall >= 0 && !(lastSmall >= 20 && lastSmall % 10 === 0 && small < 10 && small > 0)) break;
      current += small;
      lastSmall = small;
    } else if (scale !== undefined && current > 0) {
      if (scale >= 1000) {
        total += (current || 1) * scale;
        current = 0;
      } else current = (current || 1) * scale;
      lastSmall = -1;
    } else if ((w === '-' || w === 'and') && isJoin(lex, j)) {
      continue;
    } else break;
    best = { value: total + current, next: j + 1 };
  }
  return best;
}

/** A hyphen joins only when written without spaces ("twenty-one"); "and" only after a scale word. */
function isJoin(lex: readonly Lexeme[], j: number): boolean {
  const prev = lex[j - 1];
  const next = lex[j + 1];
  if (!prev || !next || !VALUES.has(next.norm)) return false;
  if (lex[j].norm === '-') return prev.end === lex[j].start && lex[j].end === next.start;
  return SCALES.has(prev.norm);
}

/**
 * Sets of words that may open something (a phrase of a table, a number, a time expression), answered for a
 * lexeme with one bit test. Most lexemes open nothing, and the rules ask every lexeme about a dozen such
 * sets: one look-up per set and per form of the lexeme was most of the rules' time. Instead each set
 * created before the first lexeme is folded gets one bit, and the lexer stores on each distinct word
 * the bits of all sets one of its forms belongs to (see `openingBits`).
 */

import { rangeHash } from '../../../core/text/range-memo.js';

// Bit of each word's sets. Bits are handed out when the lexer first asks for them ("frozen"): sets asked of
// every lexeme first, then the others in the order they were made. A set made later (a test's ad-hoc
// table), or one past the 32 bits, gets no bit and is looked up form by form, so stored bits never miss a set.
const BITS = new Map<string, number>();
const WANTING_BITS: OpeningWords[] = [];
/**
 * One bit per key (`screenKey`) of the words of `BITS`, set for theirs. `openingBits` asks of each new word
 * of a text, and most of their forms are in no set: a test of this 8 KB table, which stays in the processor's
 * cache, spares them hashing and probing a map of some 1,400 words.
 */
const SCREEN = new Int32Array(2048);

/** A 16-bit key of a word: the memo's hash of its units, its high and low halves xor-ed. */
function screenKey(word: string): number {
  const h = rangeHash(word, 0, word.length);
  return (h ^ (h >>> 16)) & 0xffff;
}

function screenIn(word: string): void {
  const key = screenKey(word);
  SCREEN[key >> 5] |= 1 << (key & 31);
}

/** False when no word of `BITS` has the key of `word`, which then has no bits. */
function mayHaveBits(word: string): boolean {
  const key = screenKey(word);
  return (SCREEN[key >> 5] & (1 << (key & 31))) !== 0;
}

/** The sets with a bit that also hold the words a test accepts (`Screening.alsoWhen`). */
const TESTED: { bit: number; accepts: (norm: string) => boolean }[] = [];
let frozen = false;
// All 32 bits of an int32: the sign bit tests like any other. The language stage's sets want more than
// 32; the ones left without are asked only where another set has matched already.
const BITS_AVAILABLE = 32;

/** How a set is asked (see `OpeningWords`'s constructor). */
interface Screening {
  /** false for sets asked only after another match: they leave the bits to hotter sets. */
  screened?: boolean;
  /** true for the few sets asked of every lexeme of every text: they get their bits before all others. */
  everyLexeme?: boolean;
  /**
   * Words the set holds besides its list, told by their folded form: "an Arabic word ending in -ان". Tested
   * once per distinct word with the bits, so that a lexeme is answered without its word being read again.
   */
  alsoWhen?: (norm: string) => boolean;
}

/**
 * A set of folded words, asked whether one of a lexeme's forms belongs to it.
 *
 * @example
 * const numbers = new OpeningWords(['one', 'two']);
 * numbers.opens(lexSentences('two dead', [{ span: [0, 8] }])[0]) === true
 */
export class OpeningWords {
  /** The words of the set (folded), for sets made of several others. */
  readonly words: ReadonlySet<string>;
  private readonly everyLexeme: boolean;
  private readonly alsoWhen: ((norm: string) => boolean) | undefined;
  private bit = 0;

  constructor(words: Iterable<string>, { screened = true, everyLexeme = false, alsoWhen }: Screening = {}) {
    this.words = new Set(words);
    this.everyLexeme = everyLexeme;
    this.alsoWhen = alsoWhen;
    if (screened && !frozen) WANTING_BITS.push(this);
  }

  /** True when the lexeme's word or one of its forms without proclitics is in the set. */
  opens(lexeme: { forms: readonly string[]; opens: number }): boolean {
    if (this.bit !== 0) return (lexeme.opens & this.bit) !== 0;
    for (const form of lexeme.forms) if (this.words.has(form)) return true;
    return this.alsoWhen !== undefined && lexeme.forms.length > 0 && this.alsoWhen(lexeme.forms[0]);
  }

  /** Hands out the bits, once, when the lexer first asks for a word's bits. */
  static freeze(): void {
    if (frozen) return;
    frozen = true;
    const ordered = [
      ...WANTING_BITS.filter((s) => s.everyLexeme),
      ...WANTING_BITS.filter((s) => !s.everyLexeme),
    ];
    ordered.slice(0, BITS_AVAILABLE).forEach((set, k) => {
      set.bit = 1 << k;
      for (const word of set.words) {
        BITS.set(word, (BITS.get(word) ?? 0) | set.bit);
        screenIn(word);
      }
      if (set.alsoWhen) TESTED.push({ bit: set.bit, accepts: set.alsoWhen });
    });
    WANTING_BITS.length = 0;
  }
}

/**
 * The bits of every set holding one of `forms` (the word first, then its forms without proclitics); the
 * lexer calls it once per distinct word.
 *
 * @example openingBits(['وبالمئات', 'بالمئات', 'المئات', 'مئات']) // the bits of the sets holding 'مئات'
 */
export function openingBits(forms: readonly string[]): number {
  OpeningWords.freeze();
  let bits = 0;
  for (const form of forms) if (mayHaveBits(form)) bits |= BITS.get(form) ?? 0;
  for (const { bit, accepts } of TESTED) if (forms.length > 0 && accepts(forms[0])) bits |= bit;
  return bits;
}

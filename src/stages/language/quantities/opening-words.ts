/**
 * Sets of words that may open something (a phrase of a table, a number, a time expression), answered for a
 * lexeme with one bit test. Most lexemes open nothing, and the rules ask every lexeme about a dozen such
 * sets: one look-up per set and per form of the lexeme was most of the rules' time. Instead each set
 * created before the first lexeme is folded gets one bit, and the lexer stores on each distinct word
 * the bits of all sets one of its forms belongs to (see `openingBits`).
 */

// Bit of each word's sets. Frozen once the lexer has asked for bits: a set made later (a test's ad-hoc
// table) gets no bit and is looked up form by form, so stored bits never miss a set.
const BITS = new Map<string, number>();
let nextBit = 0;
let frozen = false;
// All 32 bits of an int32: the sign bit tests like any other. The language stage's sets take all 32; a
// set asking after them gets none and is looked up form by form.
const BITS_AVAILABLE = 32;

/**
 * A set of folded words, asked whether one of a lexeme's forms belongs to it.
 *
 * @example
 * const numbers = new OpeningWords(['one', 'two']);
 * numbers.opens(lexSentences('two dead', [{ span: [0, 8] }])[0]) === true
 */
export class OpeningWords {
  private readonly words: ReadonlySet<string>;
  private readonly bit: number;

  /** `screened: false` for sets asked only after another match: they leave the few bits to hot sets. */
  constructor(words: Iterable<string>, { screened = true }: { screened?: boolean } = {}) {
    this.words = new Set(words);
    this.bit = screened && !frozen && nextBit < BITS_AVAILABLE ? 1 << nextBit++ : 0;
    if (this.bit !== 0) for (const word of this.words) BITS.set(word, (BITS.get(word) ?? 0) | this.bit);
  }

  /** True when the lexeme's word or one of its forms without proclitics is in the set. */
  opens(lexeme: { forms: readonly string[]; opens: number }): boolean {
    if (this.bit !== 0) return (lexeme.opens & this.bit) !== 0;
    for (const form of lexeme.forms) if (this.words.has(form)) return true;
    return false;
  }
}

/**
 * The bits of every set holding one of `forms`; the lexer calls it once per distinct word.
 *
 * @example openingBits(['وبالمئات', 'بالمئات', 'المئات', 'مئات']) // the bits of the sets holding 'مئات'
 */
export function openingBits(forms: readonly string[]): number {
  frozen = true;
  let bits = 0;
  for (const form of forms) bits |= BITS.get(form) ?? 0;
  return bits;
}

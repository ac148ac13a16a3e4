import type { WordNotes } from '../../core/records.js';
import { RangeMemo } from '../../core/text/range-memo.js';

/**
 * What the language stage derives from one distinct written word, each reader filling in its own part:
 * the token builder its normalised form and stem, the lexer of quantities and times its folded form.
 * They cut words by different rules but mostly into the same ranges, and one shared entry is the point:
 * the lexer runs just after the token builder, finds the same words the token builder has just looked up
 * still in the processor's cache, and so the second look-up of a word costs little. With a memo each,
 * both paid the memory latency of a vocabulary-sized table for every new word of an article. The tokens
 * hand the entry on to later stages as the word's notes (`WordNotes`) for the same reason.
 */
export class WrittenWord implements WordNotes {
  /** Set once the token builder has read the word (token-builder.ts). */
  tokenRead = false;
  /** The word in the normalised matching view. */
  viewNorm = '';
  /** Its stem, and where the stem sits in `viewNorm`. */
  stem = '';
  stemFrom = 0;
  stemTo = 0;
  /** Set once the lexer has read the word (quantities/word-lexer.ts). */
  lexed = false;
  /** The lexer's folded form, its forms without proclitics and their opening bits. */
  norm = '';
  forms: readonly string[] = [];
  opens = 0;
  nameTrie: object | undefined = undefined;
  nameReadings: unknown = undefined;
  // Declared, though the extract stage fills them: set later on a class instance, they would give the
  // entries a second hidden shape, and every reader of a word's entry would then see two.
  lexiconWords: readonly number[] | undefined = undefined;
  lexiconWordsOf = -1;
}

// Room for the vocabulary of both readers; when full the memo starts over, so a server's memory is bounded.
const WORDS = new RangeMemo<WrittenWord>(100_000);

/**
 * The entry of the word written as `text[start, end)`, made empty on first sight.
 *
 * @example
 * const word = writtenWord('قتل 12 شخصا', 7, 11);
 * word.lexed; // false until the lexer reads 'شخصا' for the first time
 */
export function writtenWord(text: string, start: number, end: number): WrittenWord {
  let word = WORDS.get(text, start, end);
  if (!word) {
    word = new WrittenWord();
    WORDS.set(text, start, end, word);
  }
  return word;
}

/**
 * The entries of the words `text[starts[w], ends[w])`, w < count, into `out`, made empty on first sight:
 * as `writtenWord` for each in turn, but looked up together (see `RangeMemo.getAll`).
 */
export function writtenWords(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  count: number,
  out: WrittenWord[],
): void {
  const found = out as (WrittenWord | undefined)[];
  WORDS.getAll(text, starts, ends, count, found);
  for (let w = 0; w < count; w++) {
    // A word new to the memo, or repeated in these words after its first sight: looked up in turn.
    if (found[w] === undefined) found[w] = writtenWord(text, starts[w], ends[w]);
  }
}

import { OpeningWords } from './opening-words.js';
import { foldWord, type Lexeme } from './word-lexer.js';

interface Entry<T> {
  words: string[];
  value: T;
}

/**
 * A table of short word sequences ("ما لا يقل عن", "at least", "لقوا حتفهم") matched on lexemes.
 * The first word may carry Arabic proclitics ("وبنحو"); later words must match as written (folded).
 *
 * @example new PhraseTable([['at least', 'at_least']]).matchAt(lex, 0) // { value: 'at_least', length: 2 }
 */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private longest = 0;
  private readonly openers: OpeningWords;

  /** `screened: false` for tables asked only after another match (see `OpeningWords`). */
  constructor(entries: Iterable<readonly [string, T]>, { screened = true }: { screened?: boolean } = {}) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(/\s+/).map(foldWord);
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0], list);
      this.longest = Math.max(this.longest, words.length);
    }
    this.openers = new OpeningWords(this.byFirst.keys(), { screened });
  }

  /** The first words of all phrases (folded), for callers that pre-screen lexemes. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /**
   * The second words (folded) of the phrases that open with `first`, or null when `first` alone is one of
   * them, so that any word may follow it. Empty when no phrase opens with `first`.
   *
   * @example new PhraseTable([['the day before', -1], ['the end of', 0]]).secondWords('the') // Set {'day', 'end'}
   */
  secondWords(first: string): ReadonlySet<string> | null {
    const seconds = new Set<string>();
    for (const { words } of this.byFirst.get(first) ?? []) {
      if (words.length === 1) return null;
      seconds.add(words[1]);
    }
    return seconds;
  }

  /** The value of the one-word phrase `word` (folded), if the table holds it. */
  wordValue(word: string): T | undefined {
    return this.byFirst.get(word)?.find((entry) => entry.words.length === 1)?.value;
  }

  /** True when some phrase of the table could start at lexeme `j`: a cheap test before matching. */
  mayStartAt(lex: readonly Lexeme[], j: number): boolean {
    const first = lex[j];
    return !!first && this.openers.opens(first);
  }

  /** The longest phrase starting at lexeme `j` within its sentence. */
  matchAt(lex: readonly Lexeme[], j: number): { value: T; length: number } | null {
    const first = lex[j];
    if (!first || !this.openers.opens(first)) return null;
    for (const form of first.forms) {
      const entries = this.byFirst.get(form);
      if (entries)
        for (const entry of entries)
          if (this.rest(lex, j, entry)) return { value: entry.value, length: entry.words.length };
    }
    return null;
  }

  /** The words after the first match the lexemes after j, in the same sentence. */
  private rest(lex: readonly Lexeme[], j: number, entry: Entry<T>): boolean {
    for (let k = 1; k < entry.words.length; k++) {
      const l = lex[j + k];
      if (!l || l.norm !== entry.words[k] || l.sentence !== lex[j].sentence) return false;
    }
    return true;
  }

  /** The longest phrase ending just before lexeme `j` (that is, on lexeme j - 1), in the sentence of j. */
  matchBefore(lex: readonly Lexeme[], j: number): { value: T; start: number } | null {
    // The sentence of lexeme j (or, at the very end, of the last lexeme): a phrase never reaches back over it.
    const sentence = (lex[j] ?? lex[j - 1])?.sentence;
    if (lex[j - 1]?.sentence !== sentence) return null;
    for (let k = Math.max(0, j - this.longest); k < j; k++) {
      if (lex[k].sentence !== sentence) continue;
      const hit = this.matchAt(lex, k);
      if (hit && k + hit.length === j) return { value: hit.value, start: k };
    }
    return null;
  }
}

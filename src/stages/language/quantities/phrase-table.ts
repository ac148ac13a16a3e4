import { foldWord, withoutProclitics, type Lexeme } from './word-lexer.js';

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

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(/\s+/).map(foldWord);
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0], list);
      this.longest = Math.max(this.longest, words.length);
    }
  }

  /** The longest phrase starting at lexeme `j` within its sentence. */
  matchAt(lex: readonly Lexeme[], j: number): { value: T; length: number } | null {
    const first = lex[j];
    if (!first) return null;
    for (const form of withoutProclitics(first.norm)) {
      for (const entry of this.byFirst.get(form) ?? []) {
        if (entry.words.every((w, k) => k === 0 || (lex[j + k]?.norm === w && lex[j + k].sentence === first.sentence)))
          return { value: entry.value, length: entry.words.length };
      }
    }
    return null;
  }

  /** The longest phrase ending just before lexeme `j` (that is, on lexeme j - 1), within one sentence. */
  matchBefore(lex: readonly Lexeme[], j: number): { value: T; start: number } | null {
    const sentence = lex[j - 1]?.sentence;
    for (let k = Math.max(0, j - this.longest); k < j; k++) {
      if (lex[k].sentence !== sentence) continue;
      const hit = this.matchAt(lex, k);
      if (hit && k + hit.length === j) return { value: hit.value, start: k };
    }
    return null;
  }
}

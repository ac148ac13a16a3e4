import type { LexiconPhrase } from './lexicon-loader.js';

/** A lexicon phrase found over tokens `[start, end)` of a sentence. */
export interface PhraseHit {
  phrase: LexiconPhrase;
  start: number;
  end: number;
}

/**
 * Finds lexicon phrases over tokens, each token offering several matching keys (surface, stem, clitic-free).
 * Phrases are indexed by their first word, so a pass is linear in the tokens.
 *
 * @example
 * const m = new PhraseMatcher(loadLexicon('events-cues.tsv'));
 * m.findAll([['car'], ['bomb']]).map((h) => h.phrase.tag) // ['ied', 'ied', ...]
 */
export class PhraseMatcher {
  private readonly byFirst = new Map<string, LexiconPhrase[]>();

  constructor(phrases: readonly LexiconPhrase[]) {
    for (const phrase of phrases) {
      const list = this.byFirst.get(phrase.words[0]) ?? [];
      list.push(phrase);
      this.byFirst.set(phrase.words[0], list);
    }
    // Longer phrases first, so the longest match at a position is the first found.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every phrase that matches at every position (overlaps kept). */
  findAll(keys: readonly (readonly string[])[]): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = 0; i < keys.length; i++) {
      // Most tokens start no phrase: no per-token allocation until one does.
      const from = hits.length;
      for (const key of keys[i]) {
        for (const phrase of this.byFirst.get(key) ?? NONE) {
          if (matchesAt(phrase, keys, i) && !hits.some((h, k) => k >= from && h.phrase === phrase)) {
            hits.push({ phrase, start: i, end: i + phrase.words.length });
          }
        }
      }
    }
    return hits;
  }

  /** The longest phrase at each position; a match consumes its tokens. */
  findLongest(keys: readonly (readonly string[])[]): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = 0; i < keys.length;) {
      let best: PhraseHit | null = null;
      for (const key of keys[i]) {
        for (const phrase of this.byFirst.get(key) ?? NONE) {
          if ((!best || phrase.words.length > best.end - best.start) && matchesAt(phrase, keys, i)) {
            best = { phrase, start: i, end: i + phrase.words.length };
          }
        }
      }
      if (best) hits.push(best);
      i = best ? best.end : i + 1;
    }
    return hits;
  }
}

const NONE: readonly LexiconPhrase[] = [];

function matchesAt(phrase: LexiconPhrase, keys: readonly (readonly string[])[], at: number): boolean {
  if (at + phrase.words.length > keys.length) return false;
  return phrase.words.every((word, k) => keys[at + k].includes(word));
}

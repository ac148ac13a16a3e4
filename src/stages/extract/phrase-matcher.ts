import type { LexiconPhrase } from './lexicon-loader.js';

/**
 * A lexicon phrase found over tokens `[start, end)` of a sentence. A gapped phrase ("أطلق … النار") is found
 * at its head, the words before its first gap, so the words between ("أطلق مسلحون النار": the shooters) stay
 * after the trigger as its subject; `tail` holds the token ranges of its later words.
 */
export interface PhraseHit {
  phrase: LexiconPhrase;
  start: number;
  end: number;
  /** Set, undefined, on ungapped hits too: one object layout for the engine (see quantity-shape.ts). */
  tail?: [number, number][];
}

/**
 * Finds lexicon phrases over tokens, each token offering several matching keys (surface, stem, clitic-free).
 * Phrases are indexed by their first word, so a pass is linear in the tokens; a gapped phrase costs a
 * bounded scan only where its first word is found.
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
          const hit = matchAt(phrase, keys, i);
          if (hit && !hits.some((h, k) => k >= from && h.phrase === phrase)) hits.push(hit);
        }
      }
    }
    return hits;
  }

  /**
   * The phrase reaching furthest at each position; a match consumes its tokens, a gapped one its head and
   * tail words but not the words in its gaps. Where the furthest only looks like a trigger (@none), so do the
   * others found there: "ضبط 22 قذيفة هاون وعبوات" seized both the shells and the bombs.
   */
  findLongest(keys: readonly (readonly string[])[]): PhraseHit[] {
    const hits: PhraseHit[] = [];
    let consumed: Set<number> | null = null;
    for (let i = 0; i < keys.length;) {
      if (consumed?.has(i)) {
        i++;
        continue;
      }
      let best: PhraseHit | null = null;
      let masks: PhraseHit[] | null = null;
      for (const key of keys[i]) {
        for (const phrase of this.byFirst.get(key) ?? NONE) {
          if (best && !phrase.gaps && phrase.words.length <= reach(best) - best.start) continue;
          const hit = matchAt(phrase, keys, i);
          if (hit?.tail && phrase.tag === '@none') (masks ??= []).push(hit);
          if (hit && (!best || reach(hit) > reach(best))) best = hit;
        }
      }
      if (best) hits.push(best);
      if (best?.phrase.tag === '@none' && masks)
        for (const hit of masks) consumed = consumeTail(hit, consumed);
      else if (best) consumed = consumeTail(best, consumed);
      i = best ? best.end : i + 1;
    }
    return hits;
  }
}

const NONE: readonly LexiconPhrase[] = [];
const NO_TAIL: readonly [number, number][] = [];

/** Marks a gapped hit's later words as taken, so no other phrase starts on them. */
function consumeTail(hit: PhraseHit, consumed: Set<number> | null): Set<number> | null {
  for (const [from, to] of hit.tail ?? NO_TAIL) {
    consumed ??= new Set();
    for (let k = from; k < to; k++) consumed.add(k);
  }
  return consumed;
}

/** The token after the last word of a hit. */
function reach(hit: PhraseHit): number {
  return hit.tail ? hit.tail[hit.tail.length - 1][1] : hit.end;
}

/** The phrase matched at `at`, or null. A gapped word is taken at its nearest place. */
function matchAt(phrase: LexiconPhrase, keys: readonly (readonly string[])[], at: number): PhraseHit | null {
  const { words, gaps } = phrase;
  if (!gaps) {
    if (at + words.length > keys.length) return null;
    for (let k = 1; k < words.length; k++) if (!keys[at + k].includes(words[k])) return null;
    return { phrase, start: at, end: at + words.length, tail: undefined };
  }
  const runs: [number, number][] = [[at, at + 1]];
  for (let k = 1; k < words.length; k++) {
    const next = runs[runs.length - 1][1];
    const last = Math.min(keys.length - 1, next + gaps[k]);
    let found = -1;
    for (let p = next; p <= last && found < 0; p++) if (keys[p].includes(words[k])) found = p;
    if (found < 0) return null;
    if (found === next) runs[runs.length - 1][1]++;
    else runs.push([found, found + 1]);
  }
  const [head, ...tail] = runs;
  return { phrase, start: head[0], end: head[1], tail: tail.length > 0 ? tail : undefined };
}

import { RangeMemo } from '../../core/text/range-memo.js';
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
 * The words of every lexicon phrase, numbered. All matchers share the numbers, so a token's keys are looked
 * up once for the three lexicons of a sentence (see `tokenKeys`) instead of once per lexicon, and the words
 * after a phrase's first are compared as numbers. A key no phrase holds gets no number: it can match nothing.
 * Kept by their characters (see `RangeMemo`): a token's key is looked up where it stands, a proclitic-free
 * key inside the surface without cutting it out, and the token's fresh string is not hashed into a `Map`.
 * Room for far more words than all lexicons hold: the memo never starts over.
 */
const WORD_IDS = new RangeMemo<number>(1 << 20);
/** How many words are numbered; the next word's number. */
let wordCount = 0;

/**
 * The number of a word of some lexicon phrase, `word[start, end)` (the whole word by default); undefined
 * for any other word.
 *
 * @example new PhraseMatcher(loadLexicon('events-triggers.tsv')); lexiconWordId('قصف') !== undefined
 * @example lexiconWordId('والقصف', 2) === lexiconWordId('القصف')
 */
export function lexiconWordId(word: string, start = 0, end = word.length): number | undefined {
  return WORD_IDS.get(word, start, end);
}

/** How many lexicon words are numbered so far: a lexicon built later numbers more. */
export function lexiconWordCount(): number {
  return wordCount;
}

function idOf(word: string): number {
  let id = WORD_IDS.get(word, 0, word.length);
  if (id === undefined) WORD_IDS.set(word, 0, word.length, (id = wordCount++));
  return id;
}

/** A phrase with its words numbered. */
interface NumberedPhrase {
  phrase: LexiconPhrase;
  words: number[];
  /**
   * The phrase's gaps (`phrase.gaps`), kept beside its numbers: the matcher asks them of every phrase it
   * tries, and reading them here spares it a visit to the phrase, another object elsewhere in memory, for
   * each of the thousands it turns away (the three lexicons matched over the corpus's sentences, best of
   * 60 runs: 10.0–11.7 ms → 9.4–9.8 for the triggers).
   */
  gaps: readonly number[] | undefined;
  /**
   * The word that must stand right after the first, -1 when none must (one word, or a gap before the
   * second): a first word may open two thousand phrases ("held {held-count} {held-span} by …"), and most
   * are ruled out by the next token alone, before a match is tried.
   */
  second: number;
  /**
   * The word that must stand two after the first, -1 when none must (a gap before the second or the third
   * word, or fewer words). "have been holding {gap} man", "have been holding {gap} women" …: sixty-seven
   * phrases share "have been", and each "have been killed" tried them all, searching on past the third token
   * for each; this number turns each away at that token.
   */
  third: number;
}

/**
 * The lexicon words each token of a sentence can be read as, by number (`tokenKeys` of each token): most
 * tokens are none.
 */
export type TokenWords = readonly (readonly number[])[];

/**
 * Finds lexicon phrases over tokens, each token offering several matching keys (surface, stem, clitic-free).
 * Phrases are indexed by their first word, so a pass is linear in the tokens; a gapped phrase costs a
 * bounded scan only where its first word is found.
 *
 * @example
 * const m = new PhraseMatcher(loadLexicon('events-cues.tsv'));
 * m.findAll([{ norm: 'car', stem: 'car' }, { norm: 'bomb', stem: 'bomb' }].map(tokenKeys)).map((h) => h.phrase.tag) // ['ied', …]
 */
export class PhraseMatcher {
  /** The phrases by the number of their first word, longest first: one entry for each word numbered. */
  private readonly byFirst: (readonly NumberedPhrase[])[] = [];
  /**
   * The same lists with only the phrases no word must follow the first of (`second` -1), in the same order:
   * all a token whose next token is no lexicon word can start. Nine in ten phrases tried were turned away
   * by their second word, most where the next token has none.
   */
  private readonly openByFirst: (readonly NumberedPhrase[])[] = [];
  /**
   * The same lists for each word that may stand second: the phrases needing that word second, with those
   * needing none, in the same order. A first word may open two thousand phrases ("held …"), and where the
   * next token is some lexicon word all of them were tried, to be turned away by their second word one by
   * one: four in five phrases tried over the corpus. Only for a first word that many phrases need a second
   * word after (`SECOND_INDEXED`): turning a few away costs less than the look-up.
   */
  private readonly bySecond: (ReadonlyMap<number, readonly NumberedPhrase[]> | undefined)[] = [];
  /**
   * 1 for each word some phrase opens with, by number. The three matchers share the numbers, so most keys
   * of a token open nothing in a given matcher; a byte a word (tens of KB) stays in the processor's caches,
   * where the lists above are one pointer a word, read at scattered places for every key of every token.
   */
  private readonly opens: Uint8Array;
  /** `opens` for the phrases of one tag, made when `mayFind` first asks for the tag. */
  private readonly opensByTag = new Map<string, Uint8Array>();

  constructor(phrases: readonly LexiconPhrase[]) {
    const lists = new Map<number, NumberedPhrase[]>();
    for (const phrase of phrases) {
      const words = phrase.words.map(idOf);
      const second = words.length > 1 && !phrase.gaps?.[1] ? words[1] : -1;
      const third = second >= 0 && words.length > 2 && !phrase.gaps?.[2] ? words[2] : -1;
      const numbered = { phrase, words, gaps: phrase.gaps, second, third };
      const list = lists.get(numbered.words[0]);
      if (list) list.push(numbered);
      else lists.set(numbered.words[0], [numbered]);
    }
    // Pushed in order, an entry for every word (words numbered by later lexicons fall past the end): a
    // table written at scattered places would be sparse, a hash table to the engine. Longer phrases first,
    // so the longest match at a position is the first found.
    this.opens = new Uint8Array(wordCount);
    for (let id = 0; id < wordCount; id++) {
      const list = lists.get(id)?.sort((a, b) => b.words.length - a.words.length) ?? NONE;
      if (list.length > 0) this.opens[id] = 1;
      const open = list.filter((numbered) => numbered.second < 0);
      this.byFirst.push(list);
      this.openByFirst.push(open.length === list.length ? list : open.length > 0 ? open : NONE);
      this.bySecond.push(list.length - open.length >= SECOND_INDEXED ? bySecondWord(list) : undefined);
    }
  }

  /**
   * The phrases that may start at token `i`: those needing a second word only when token `i + 1` has one,
   * and only those needing the one it has when it has one (most tokens have one key or none).
   */
  private startingAt(keys: TokenWords, i: number, key: number): readonly NumberedPhrase[] {
    // A word numbered by a lexicon built later (past the table's end) opens nothing here either.
    if (key >= this.opens.length || this.opens[key] === 0) return NONE;
    const next = i + 1 < keys.length ? keys[i + 1] : NO_KEYS;
    if (next.length === 0) return this.openByFirst[key] ?? NONE;
    const bySecond = this.bySecond[key];
    if (next.length === 1 && bySecond !== undefined)
      return bySecond.get(next[0]) ?? this.openByFirst[key] ?? NONE;
    return this.byFirst[key] ?? NONE;
  }

  /**
   * Whether a phrase tagged `tag` may be found over `keys`: some token has a word that opens one. False is
   * sure (a hit starts at a token holding its phrase's first word); true only says where to search.
   *
   * @example matcher.mayFind(keys, 'crime') // false for a sentence with no word a crime cue opens with
   */
  mayFind(keys: TokenWords, tag: string): boolean {
    let opens = this.opensByTag.get(tag);
    if (opens === undefined) this.opensByTag.set(tag, (opens = this.openersOf(tag)));
    for (let i = 0; i < keys.length; i++) {
      const words = keys[i];
      for (let k = 0; k < words.length; k++)
        if (words[k] < opens.length && opens[words[k]] === 1) return true;
    }
    return false;
  }

  /** 1 for each word some phrase tagged `tag` opens with, by number. */
  private openersOf(tag: string): Uint8Array {
    const opens = new Uint8Array(this.byFirst.length);
    for (let id = 0; id < this.byFirst.length; id++)
      if (this.byFirst[id].some((numbered) => numbered.phrase.tag === tag)) opens[id] = 1;
    return opens;
  }

  /** Every phrase that matches at every position (overlaps kept). */
  findAll(keys: TokenWords): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = 0; i < keys.length; i++) {
      // Most tokens start no phrase: no per-token allocation until one does, and none for a phrase that
      // does not match (a closure testing for a repeat, made per phrase tried, was a fifth of what the
      // extract stage allocated).
      const from = hits.length;
      // Counted loops, not `for … of`, as in `findLongest` below, where they were measured.
      const tokenKeys = keys[i];
      for (let k = 0; k < tokenKeys.length; k++) {
        const starting = this.startingAt(keys, i, tokenKeys[k]);
        for (let p = 0; p < starting.length; p++) {
          const phrase = starting[p].phrase;
          if (hasPhraseSince(hits, from, phrase)) continue;
          const hit = matchAt(starting[p], keys, i);
          if (hit) hits.push(hit);
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
  findLongest(keys: TokenWords): PhraseHit[] {
    const hits: PhraseHit[] = [];
    let consumed: Set<number> | null = null;
    for (let i = 0; i < keys.length;) {
      if (consumed?.has(i)) {
        i++;
        continue;
      }
      let best: PhraseHit | null = null;
      let masks: PhraseHit[] | null = null;
      // Counted loops, not `for … of`: an eighth less of this loop's own instructions over the corpus's
      // sentences (8.2 → 7.3 M, every 10th article, two passes), which every token of every sentence pays.
      const tokenKeys = keys[i];
      for (let k = 0; k < tokenKeys.length; k++) {
        const starting = this.startingAt(keys, i, tokenKeys[k]);
        for (let p = 0; p < starting.length; p++) {
          const numbered = starting[p];
          if (best && !numbered.gaps && numbered.words.length <= reach(best) - best.start) continue;
          const hit = matchAt(numbered, keys, i);
          if (hit?.tail && numbered.phrase.tag === '@none') (masks ??= []).push(hit);
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

const NONE: readonly NumberedPhrase[] = [];
const NO_KEYS: readonly number[] = [];
/** How many phrases of one first word must need a second word for `bySecond` to list them by it. */
const SECOND_INDEXED = 8;

/** For each word some phrase of `list` needs second, the phrases needing it or no word second, in order. */
function bySecondWord(list: readonly NumberedPhrase[]): ReadonlyMap<number, readonly NumberedPhrase[]> {
  const lists = new Map<number, NumberedPhrase[]>();
  const open: NumberedPhrase[] = [];
  for (const numbered of list) {
    if (numbered.second < 0) {
      open.push(numbered);
      for (const phrases of lists.values()) phrases.push(numbered);
      continue;
    }
    let phrases = lists.get(numbered.second);
    // A word first met as a second starts after the phrases needing none that came before.
    if (phrases === undefined) lists.set(numbered.second, (phrases = [...open]));
    phrases.push(numbered);
  }
  return lists;
}

/** Whether `hits` holds a hit of `phrase` at or after index `from`: one phrase is found once a position. */
function hasPhraseSince(hits: readonly PhraseHit[], from: number, phrase: LexiconPhrase): boolean {
  for (let k = from; k < hits.length; k++) if (hits[k].phrase === phrase) return true;
  return false;
}
const NO_TAIL: readonly [number, number][] = [];

/** Marks a gapped hit's later words as taken, so no other phrase starts on them. */
function consumeTail(hit: PhraseHit, consumed: Set<number> | null): Set<number> | null {
  for (const [from, to] of hit.tail ?? NO_TAIL) {
    consumed ??= new Set();
    for (let k = from; k < to; k++) consumed.add(k);
  }
  return consumed;
}

/** The token after the last word of a hit, past the gaps of a gapped phrase. */
export function reach(hit: PhraseHit): number {
  return hit.tail ? hit.tail[hit.tail.length - 1][1] : hit.end;
}

/** The phrase matched at `at`, or null. A gapped word is taken at its nearest place. */
function matchAt(numbered: NumberedPhrase, keys: TokenWords, at: number): PhraseHit | null {
  const { phrase, words, gaps, second, third } = numbered;
  if (second >= 0 && (at + 1 >= keys.length || !keys[at + 1].includes(second))) return null;
  if (third >= 0 && (at + 2 >= keys.length || !keys[at + 2].includes(third))) return null;
  if (!gaps) {
    if (at + words.length > keys.length) return null;
    for (let k = 1; k < words.length; k++) if (!keys[at + k].includes(words[k])) return null;
    return { phrase, start: at, end: at + words.length, tail: undefined };
  }
  // Most gapped phrases tried miss a later word, most often one the sentence nowhere holds: their runs are
  // built only once every word is found, and searched for only once every word is in the sentence.
  if (!inSentence(words, keys) || !gappedWordsFound(words, gaps, keys, at)) return null;
  const runs: [number, number][] = [[at, at + 1]];
  for (let k = 1; k < words.length; k++) {
    const next = runs[runs.length - 1][1];
    const found = gappedWordAt(words[k], gaps[k], keys, next);
    if (found < 0) return null;
    if (found === next) runs[runs.length - 1][1]++;
    else runs.push([found, found + 1]);
  }
  const [head, ...tail] = runs;
  return { phrase, start: head[0], end: head[1], tail: tail.length > 0 ? tail : undefined };
}

/**
 * The sentence whose words `present` marks: `present[word]` is `presentMark` for each word some token of
 * `markedKeys` can be read as. Gapped phrases tried over the corpus's sentences searched some 200k tokens a
 * pass for later words, and all but one in a thousand of those phrases lacked a word in the whole sentence.
 */
let markedKeys: TokenWords | null = null;
let presentMark = 0;
let present = new Int32Array(0);

/** Whether every later word of a phrase is some token's of the sentence `keys`, marked once per sentence. */
function inSentence(words: readonly number[], keys: TokenWords): boolean {
  if (keys !== markedKeys) {
    markedKeys = keys;
    presentMark++;
    // Lexicons built later number more words: the marks grow with them.
    if (present.length < wordCount) present = new Int32Array(wordCount);
    for (let i = 0; i < keys.length; i++) for (const word of keys[i]) present[word] = presentMark;
  }
  for (let k = 1; k < words.length; k++) if (present[words[k]] !== presentMark) return false;
  return true;
}

/** Whether `matchAt` finds every later word of a gapped phrase from `at`: its search, with no runs kept. */
function gappedWordsFound(
  words: readonly number[],
  gaps: readonly number[],
  keys: TokenWords,
  at: number,
): boolean {
  let next = at + 1;
  for (let k = 1; k < words.length; k++) {
    const found = gappedWordAt(words[k], gaps[k], keys, next);
    if (found < 0) return false;
    next = found + 1;
  }
  return true;
}

/** The nearest token from `next` on, at most `gap` words past it, that can be `word`; -1 for none. */
function gappedWordAt(word: number, gap: number, keys: TokenWords, next: number): number {
  const last = Math.min(keys.length - 1, next + gap);
  for (let p = next; p <= last; p++) if (keys[p].includes(word)) return p;
  return -1;
}

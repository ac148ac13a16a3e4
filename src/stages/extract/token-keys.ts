import type { Token } from '../../core/records.js';
import { lexiconWordCount, lexiconWordId } from './phrase-matcher.js';

/** Proclitic sequences tried on Arabic tokens, longest first: a fallback when the stem keeps one. */
const PROCLITICS = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];
const PROCLITIC_LETTERS = new Set(PROCLITICS.map((clitic) => clitic.charCodeAt(0)));

/**
 * The lexicon words (by number, see `lexiconWordId`) a token can match by: its surface, its stem, and the
 * surface with proclitics removed (keeping at least three letters, so short words are not eaten), in that
 * order, leaving out keys no lexicon phrase holds. Most tokens are no lexicon word at all.
 *
 * @example
 * new PhraseMatcher(loadLexicon('events-triggers.tsv'));
 * tokenKeys({ norm: 'وبالصواريخ', stem: 'صواريخ' }) // the numbers of 'صواريخ', 'الصواريخ' …
 */
export function tokenKeys(token: Pick<Token, 'norm' | 'stem'>): readonly number[] {
  const norm = lowerCased(token.norm);
  const stem = token.stem === token.norm ? norm : lowerCased(token.stem);
  const surfaceId = lexiconWordId(norm);
  const stemId = stem === norm ? undefined : lexiconWordId(stem);
  // Only a word opening with a proclitic's letter has keys beyond its surface and stem: every non-Arabic
  // token, and most Arabic ones, do not. The others are looked up inside the surface, not cut from it.
  const words = PROCLITIC_LETTERS.has(norm.charCodeAt(0)) ? withoutProclitics(norm, surfaceId, stemId) : null;
  if (words !== null) return words;
  if (surfaceId !== undefined && stemId !== undefined) return [surfaceId, stemId];
  const id = surfaceId ?? stemId;
  return id === undefined ? NO_WORDS : (ONE_WORD[id] ??= [id]);
}

/**
 * `tokenKeys` of a token, read once for its written word and kept in the word's notes: every token of a
 * word has the same keys, and most words recur across sentences and articles.
 *
 * @example tokenWords(tokens[3]) === tokenWords(tokens[3]) // the same array, read once
 */
export function tokenWords(token: Token): readonly number[] {
  const notes = token.word;
  if (notes === undefined) return tokenKeys(token);
  const count = lexiconWordCount();
  if (notes.lexiconWordsOf !== count || notes.lexiconWords === undefined) {
    notes.lexiconWords = tokenKeys(token);
    notes.lexiconWordsOf = count;
  }
  return notes.lexiconWords;
}

const NO_WORDS: readonly number[] = [];
/** A one-word answer for each lexicon word, made once: the usual answer of a token that is one. */
const ONE_WORD: (readonly number[])[] = [];

/**
 * The surface's and the stem's words followed by those of the surface without each proclitic sequence it
 * opens with, each word once; null when no proclitic-free key is a lexicon word.
 */
function withoutProclitics(norm: string, surfaceId?: number, stemId?: number): number[] | null {
  let words: number[] | null = null;
  for (const clitic of PROCLITICS) {
    if (!norm.startsWith(clitic) || norm.length - clitic.length < 3) continue;
    const id = lexiconWordId(norm, clitic.length);
    if (id === undefined || id === surfaceId || id === stemId || words?.includes(id)) continue;
    words ??= [];
    words.push(id);
  }
  if (words === null) return null;
  if (stemId !== undefined) words.unshift(stemId);
  if (surfaceId !== undefined) words.unshift(surfaceId);
  return words;
}

/**
 * `word` lower-cased, itself when no letter changes: the matching view is lower-cased already, and a fresh
 * copy of a word would be lower-cased through ICU when Arabic.
 */
function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const caseless = c < 0x41 || (c > 0x5a && c < 0xc0) || (c >= 0x0600 && c < 0x0700);
    if (!caseless) return word.toLowerCase();
  }
  return word;
}

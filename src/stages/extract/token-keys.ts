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
  // Only a word opening with a proclitic's letter has keys beyond its surface and stem: the others (every
  // non-Arabic token, and most Arabic ones) cost less to look up in the lexicons' small table than in a
  // vocabulary-sized cache (a hash probe far away in memory).
  if (!PROCLITIC_LETTERS.has(token.norm.charCodeAt(0))) {
    const norm = lowerCased(token.norm);
    return surfaceAndStemWords(norm, token.stem === token.norm ? norm : lowerCased(token.stem));
  }
  // News repeats its words; a bounded cache by surface spares the per-token string work. A surface is
  // nearly always cut into the same stem, so one look-up serves most tokens. A lexicon made since numbers
  // new words, which cached answers may hold.
  if (cachedWordCount !== lexiconWordCount() || cache.size >= CACHE_LIMIT) {
    cache.clear();
    cachedWordCount = lexiconWordCount();
  }
  let entry = cache.get(token.norm);
  // Made with every field, `others` too: one shape for every entry, where adding it later gave the entries
  // of surfaces cut two ways a second one and had this function recompiled for it.
  if (entry === undefined)
    cache.set(token.norm, (entry = { stem: token.stem, keys: computeKeys(token), others: undefined }));
  if (entry.stem === token.stem) return entry.keys;
  const others = (entry.others ??= new Map());
  let keys = others.get(token.stem);
  if (keys === undefined) others.set(token.stem, (keys = computeKeys(token)));
  return keys;
}

const CACHE_LIMIT = 200_000;
/** Keys by surface: those of the first stem met, and of any other stem the surface was cut into. */
const cache = new Map<
  string,
  { stem: string; keys: readonly number[]; others?: Map<string, readonly number[]> }
>();
/** The lexicons' word count when the cache was filled. */
let cachedWordCount = 0;

const NO_WORDS: readonly number[] = [];
/** A one-word answer for each lexicon word, made once: the usual answer of a token that is one. */
const ONE_WORD: (readonly number[])[] = [];

/** The lexicon words among a token's surface and its stem (the same string when the stem is the surface). */
function surfaceAndStemWords(norm: string, stem: string): readonly number[] {
  const a = lexiconWordId(norm);
  const b = stem === norm ? undefined : lexiconWordId(stem);
  if (a !== undefined && b !== undefined) return [a, b];
  const id = a ?? b;
  return id === undefined ? NO_WORDS : (ONE_WORD[id] ??= [id]);
}

/**
 * `word` lower-cased, itself when no letter changes: the matching view is lower-cased already, and the
 * word's own string, met again and again, keeps its hash for the lexicons' look-ups where a fresh copy
 * would be hashed anew (and an Arabic one lower-cased through ICU).
 */
function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const caseless = c < 0x41 || (c > 0x5a && c < 0xc0) || (c >= 0x0600 && c < 0x0700);
    if (!caseless) return word.toLowerCase();
  }
  return word;
}

function computeKeys(token: Pick<Token, 'norm' | 'stem'>): readonly number[] {
  const norm = token.norm.toLowerCase();
  const keys = new Set([norm, token.stem.toLowerCase()]);
  for (const clitic of PROCLITICS) {
    if (norm.startsWith(clitic) && norm.length - clitic.length >= 3) keys.add(norm.slice(clitic.length));
  }
  const words: number[] = [];
  for (const key of keys) {
    const id = lexiconWordId(key);
    if (id !== undefined) words.push(id);
  }
  return words.length === 0 ? NO_WORDS : words;
}

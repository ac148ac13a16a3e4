import type { Token } from '../../core/records.js';

/** Proclitic sequences tried on Arabic tokens, longest first: a fallback when the stem keeps one. */
const PROCLITICS = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];
const PROCLITIC_LETTERS = new Set(PROCLITICS.map((clitic) => clitic.charCodeAt(0)));

/**
 * The keys a token can match a lexicon word by: its surface, its stem, and the surface with proclitics
 * removed (keeping at least three letters, so short words are not eaten).
 *
 * @example tokenKeys({ norm: 'وبالصواريخ', stem: 'صواريخ' } as Token) // ['وبالصواريخ', 'صواريخ', 'بالصواريخ', 'الصواريخ', ...]
 */
export function tokenKeys(token: Pick<Token, 'norm' | 'stem'>): string[] {
  // Only a word opening with a proclitic's letter has keys beyond its surface and stem: the others (every
  // non-Arabic token, and most Arabic ones) cost less to build than to look up in a vocabulary-sized
  // cache (a hash probe far away in memory).
  if (!PROCLITIC_LETTERS.has(token.norm.charCodeAt(0))) {
    const norm = lowerCased(token.norm);
    if (token.stem === token.norm) return [norm];
    const stem = lowerCased(token.stem);
    return stem === norm ? [norm] : [norm, stem];
  }
  // News repeats its words; a bounded cache by surface spares the per-token string work. A surface is
  // nearly always cut into the same stem, so one look-up serves most tokens.
  let entry = cache.get(token.norm);
  if (entry === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token.norm, (entry = { stem: token.stem, keys: computeKeys(token) }));
  }
  if (entry.stem === token.stem) return entry.keys;
  const others = (entry.others ??= new Map());
  let keys = others.get(token.stem);
  if (keys === undefined) others.set(token.stem, (keys = computeKeys(token)));
  return keys;
}

const CACHE_LIMIT = 200_000;
/** Keys by surface: those of the first stem met, and of any other stem the surface was cut into. */
const cache = new Map<string, { stem: string; keys: string[]; others?: Map<string, string[]> }>();

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

function computeKeys(token: Pick<Token, 'norm' | 'stem'>): string[] {
  const norm = token.norm.toLowerCase();
  const keys = new Set([norm, token.stem.toLowerCase()]);
  for (const clitic of PROCLITICS) {
    if (norm.startsWith(clitic) && norm.length - clitic.length >= 3) keys.add(norm.slice(clitic.length));
  }
  return [...keys];
}

import type { Token } from '../../core/records.js';

/** Proclitic sequences tried on Arabic tokens, longest first: a fallback when the stem keeps one. */
const PROCLITICS = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];

/**
 * The keys a token can match a lexicon word by: its surface, its stem, and the surface with proclitics
 * removed (keeping at least three letters, so short words are not eaten).
 *
 * @example tokenKeys({ norm: 'وبالصواريخ', stem: 'صواريخ' } as Token) // ['وبالصواريخ', 'صواريخ', 'بالصواريخ', 'الصواريخ', ...]
 */
export function tokenKeys(token: Pick<Token, 'norm' | 'stem'>): string[] {
  const id = token.norm + '\u0000' + token.stem;
  let keys = cache.get(id);
  if (keys === undefined) {
    // News repeats its words; a bounded cache spares the per-token string work.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(id, (keys = computeKeys(token)));
  }
  return keys;
}

const CACHE_LIMIT = 200_000;
const cache = new Map<string, string[]>();

function computeKeys(token: Pick<Token, 'norm' | 'stem'>): string[] {
  const norm = token.norm.toLowerCase();
  const keys = new Set([norm, token.stem.toLowerCase()]);
  if (/^[\u0600-\u06ff]/.test(norm)) {
    for (const clitic of PROCLITICS) {
      if (norm.startsWith(clitic) && norm.length - clitic.length >= 3) keys.add(norm.slice(clitic.length));
    }
  }
  return [...keys];
}

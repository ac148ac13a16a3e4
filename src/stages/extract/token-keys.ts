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
  // News repeats its words; a bounded cache by surface, then stem, spares the per-token string work.
  // Most tokens (all English ones) are their own stem: one lookup serves them.
  if (token.stem === token.norm) {
    let keys = plain.get(token.norm);
    if (keys === undefined) {
      if (plain.size >= CACHE_LIMIT) plain.clear();
      plain.set(token.norm, (keys = computeKeys(token)));
    }
    return keys;
  }
  let byStem = cache.get(token.norm);
  if (byStem === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token.norm, (byStem = new Map()));
  }
  let keys = byStem.get(token.stem);
  if (keys === undefined) byStem.set(token.stem, (keys = computeKeys(token)));
  return keys;
}

const CACHE_LIMIT = 200_000;
const cache = new Map<string, Map<string, string[]>>();
const plain = new Map<string, string[]>();

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

import { searchTerms, stemMatches, wordPairs } from './search-terms.js';

/**
 * What one word of a free-text query asks of an event's terms: one of `anyOf`, or any term that starts
 * with `prefix`. Every word of a query must be matched (AND).
 */
export type TermMatch = { key: string; anyOf: string[] } | { key: string; prefix: string };

/** Letters a prefix needs before its `*`: a shorter one matches most of the index and says little. */
export const MIN_PREFIX = 3;

// A quoted run (straight or typographic double quotes), or a run of other characters.
const QUOTED_OR_BARE = /["“”«»]([^"“”«»]*)["“”«»]?|[^"“”«»]+/g;

/**
 * A free-text query read the way an analyst types it: bare words match any inflection (English by Porter
 * stem: killing finds killed and kills; Arabic by its folded form without clitics), words in double quotes
 * match only as written ("attack" does not find attacks), and a word ending in `*` matches every word
 * that starts with it (kill* finds killer; قتل* finds قتلى). Quoted words must also stand side by side,
 * in that order, in an event's evidence or in a name its record gives: each neighbouring pair is one term
 * of the event's index (`wordPairs`), which the article's text has none of.
 *
 * @example termMatches('"air strike" kill*').map((m) => m.key) // ['pair:air strike', 'prefix:kill']
 */
export function termMatches(query: string): TermMatch[] {
  const matches = new Map<string, TermMatch>();
  const add = (match: TermMatch) => matches.set(match.key, match);
  for (const [run, quoted] of query.matchAll(QUOTED_OR_BARE)) {
    if (quoted !== undefined) {
      const pairs = wordPairs(quoted);
      if (pairs.length === 0)
        for (const term of searchTerms(quoted)) add({ key: `term:${term}`, anyOf: [term] });
      for (const pair of pairs) add({ key: `pair:${pair}`, anyOf: [pair] });
      continue;
    }
    for (const word of run.split(/\s+/)) {
      const terms = searchTerms(word);
      const prefix = word.endsWith('*') ? terms.pop() : undefined;
      for (const term of terms) add({ key: `stem:${term}`, anyOf: stemMatches(term) });
      if (prefix !== undefined) add({ key: `prefix:${prefix}`, prefix });
    }
  }
  return [...matches.values()];
}

/**
 * The first prefix of a query shorter than `MIN_PREFIX`, which the store does not run; undefined when
 * there is none.
 *
 * @example shortPrefix('ki* attack') === 'ki'
 */
export function shortPrefix(query: string): string | undefined {
  for (const match of termMatches(query)) {
    if ('prefix' in match && [...match.prefix].length < MIN_PREFIX) return match.prefix;
  }
  return undefined;
}

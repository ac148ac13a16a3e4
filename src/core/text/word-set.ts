/**
 * A set of whole words, for telling a token by its norm: a `Set` look-up costs one hash, where an anchored
 * alternation (`/^(?:a|b|c)$/`) runs the regex machine on every token of every sentence it is asked about.
 * `words` and `prefixes` are space-separated lists; each word is in the set as written and with each prefix
 * written on it, as an Arabic conjunction or preposition is ("و", "ف", "ب").
 *
 * @example
 * wordSet('تعرض تعرضت', 'و ف').has('وتعرض'); // true
 * wordSet('said says').has('say'); // false
 */
export function wordSet(words: string, prefixes = ''): ReadonlySet<string> {
  const heads = ['', ...prefixes.split(' ').filter((p) => p !== '')];
  return new Set(
    words
      .split(' ')
      .filter((w) => w !== '')
      .flatMap((w) => heads.map((h) => h + w)),
  );
}

import { splitClitics } from '../../core/text/arabic-clitics.js';
import { normalizeForMatching } from '../../core/text/normalize.js';
import { wordSpans } from '../../core/text/word-scanner.js';

/**
 * Search terms for the store's free-text index. SQL full-text engines cannot fold Arabic (FTS5 splits words
 * at harakat and has no alef/hamza folding; PostgreSQL's parser depends on the server locale), so the text is
 * normalised here with the same folding the knowledge stage matches with, and the index is a plain term
 * table that works alike on SQLite and PostgreSQL. Indexing and querying go through this one function, so
 * a query matches whatever spelling the text used.
 */

/**
 * The distinct search terms of a text: folded words, Arabic ones without their clitics, English ones
 * without a possessive 's.
 *
 * @example searchTerms('ولداعش في الموصل') // ['داعش', 'في', 'موصل']
 */
export function searchTerms(text: string): string[] {
  const folded = normalizeForMatching(text).text;
  const terms = new Set<string>();
  for (const [start, end] of wordSpans(folded)) {
    const word = folded.slice(start, end).replace(/'s$/, '').replace(/'/g, '');
    if (word !== '') terms.add(splitClitics(word).stem);
  }
  return [...terms];
}

/**
 * A name folded to one comparable string: its terms joined by single spaces.
 *
 * @example foldName('  تنظيم   الدولة ') === 'تنظيم دوله'
 */
export function foldName(name: string): string {
  return searchTerms(name).join(' ');
}

import { stemmer } from 'stemmer';
import { splitClitics } from '../../core/text/arabic-clitics.js';
import { normalizeForMatching } from '../../core/text/normalize.js';
import { wordSpans } from '../../core/text/word-scanner.js';

/**
 * Search terms for the store's free-text index. SQL full-text engines cannot fold Arabic (FTS5 splits words
 * at harakat and has no alef/hamza folding; PostgreSQL's parser depends on the server locale), so the text is
 * normalised here with the same folding the knowledge stage matches with, and the index is a plain term
 * table that works alike on SQLite and PostgreSQL. Indexing and querying go through these functions, so
 * a query matches whatever spelling the text used.
 */

/**
 * Marks a stem in the term table, apart from the words as written: a quoted "bomb" must not find
 * "bombings", whose stem is bomb. No word starts with it (words are letters and digits).
 */
const STEM_MARK = '~';
const ENGLISH_WORD = /^[a-z]+$/;

/**
 * The distinct search terms of a text: folded words, Arabic ones without their clitics, English ones
 * without a possessive 's.
 *
 * @example searchTerms('ولداعش في الموصل') // ['داعش', 'في', 'موصل']
 */
export function searchTerms(text: string): string[] {
  return [...new Set(termSequence(text))];
}

/** The search term of each word of a text, in the text's order. */
function termSequence(text: string): string[] {
  const folded = normalizeForMatching(text).text;
  const terms: string[] = [];
  for (const [start, end] of wordSpans(folded)) {
    const word = folded.slice(start, end).replace(/'s$/, '').replace(/'/g, '');
    if (word !== '') terms.push(splitClitics(word).stem);
  }
  return terms;
}

/**
 * The distinct pairs of neighbouring words of a text, each one term of two search terms joined by a
 * space: what a quoted phrase is matched on, since the index keeps which words a text has, not where. No
 * word holds a space, so a pair never matches a word.
 *
 * @example wordPairs('A car bomb in Kabul') // ['a car', 'car bomb', 'bomb in', 'in kabul']
 */
export function wordPairs(text: string): string[] {
  const words = termSequence(text);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return [...pairs];
}

/**
 * The rows a text puts in the term table: its search terms, and the marked Porter stem of each English
 * word whose stem differs from it (a word that is its own stem is found by its own row, see `stemMatches`).
 * Only the free-text index is stemmed: names are never matched by stem.
 *
 * @example indexTerms('Fighters attacked') // ['fighters', '~fighter', 'attacked', '~attack']
 */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const term of searchTerms(text)) {
    terms.add(term);
    const stem = englishStem(term);
    if (stem !== undefined && stem !== term) terms.add(STEM_MARK + stem);
  }
  return [...terms];
}

/**
 * The rows any inflection of a search term has in the term table: for an English word, the marked stem
 * and the stem itself when it is a word of its own stem; any other term matches only as written.
 *
 * @example stemMatches('killing') // ['~kill', 'kill']
 */
export function stemMatches(term: string): string[] {
  const stem = englishStem(term);
  if (stem === undefined) return [term];
  return englishStem(stem) === stem ? [STEM_MARK + stem, stem] : [STEM_MARK + stem];
}

// Stems already made: news repeats its words, and the stemmer's rules cost more than a lookup. Emptied when
// full, so a long ingest keeps its memory bounded.
const STEMS = new Map<string, string>();
const STEMS_KEPT = 50_000;

function englishStem(term: string): string | undefined {
  if (!ENGLISH_WORD.test(term)) return undefined;
  let stem = STEMS.get(term);
  if (stem === undefined) {
    if (STEMS.size >= STEMS_KEPT) STEMS.clear();
    stem = stemmer(term);
    STEMS.set(term, stem);
  }
  return stem;
}

/**
 * A name folded to one comparable string: its terms joined by single spaces.
 *
 * @example foldName('  تنظيم   الدولة ') === 'تنظيم دوله'
 */
export function foldName(name: string): string {
  return searchTerms(name).join(' ');
}

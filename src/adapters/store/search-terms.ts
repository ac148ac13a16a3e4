/**
 * Search terms for the store's free-text index. SQL full-text engines cannot fold Arabic (FTS5 splits words
 * at harakat and has no alef/hamza folding; PostgreSQL's parser depends on the server locale), so the text is
 * normalised here, in JS, and the index is a plain term table that works the same on SQLite and PostgreSQL.
 * Indexing and querying go through the same function, so a query matches whatever the text spelled.
 */

// Harakat, superscript alef, Quranic marks and tatweel carry no meaning for matching.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const LETTER_FOLDS: Record<string, string> = {
  إ: 'ا',
  أ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ة: 'ه',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
const ARABIC_LETTER = /[\u0621-\u064A]/;
// Proclitics, longest first: the conjunctions و ف, the prepositions ب ك ل and the article ال stick to the word.
const PROCLITICS = [
  'وبال',
  'وكال',
  'فبال',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'لل',
  'ال',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
];
const MIN_STEM = 3;

/**
 * Folds a string for matching: NFKC, lower case, Arabic marks removed, alef/hamza/ya/ta marbuta folded,
 * Arabic-Indic and Persian digits to ASCII, ZWNJ to nothing.
 *
 * @example foldForSearch('الدَّولةُ ١٢') === 'الدوله 12'
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(ARABIC_MARKS, '')
    .replace(/\u200c/g, '')
    .replace(FOLDABLE, (c) => LETTER_FOLDS[c])
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** Removes one proclitic chain from an Arabic word when enough of the word is left. */
function stripProclitics(word: string): string {
  if (!ARABIC_LETTER.test(word[0] ?? '')) return word;
  for (const prefix of PROCLITICS) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM) return word.slice(prefix.length);
  }
  return word;
}

/**
 * The distinct search terms of a text: folded words, Arabic ones without their proclitics,
 * English ones without a possessive 's.
 *
 * @example searchTerms('ولداعش في الموصل') // ['داعش', 'في', 'موصل']
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const raw of foldForSearch(text).split(/[^\p{L}\p{N}'’]+/u)) {
    const word = raw.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (word !== '') terms.add(stripProclitics(word));
  }
  return [...terms];
}

/** A name folded to one comparable string: its terms joined by single spaces. */
export function foldName(name: string): string {
  return searchTerms(name).join(' ');
}

/**
 * The per-character folding behind the normalised matching view. Each code point folds on its own to a
 * (possibly empty, possibly longer) string, so the view keeps an exact map back to the original offsets.
 * Folding one code point at a time gives the same result as a whole-string NFKC for everything that
 * matters here, because the combining marks NFKC would compose (harakat, Latin accents) are dropped anyway.
 */

import { asciiDigit } from './ascii-digits.js';

/** Letters folded for matching: hamza carriers, alef/ya and ta marbuta/ha variants, Persian/Urdu forms. */
const LETTER_FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ٵ: 'ا',
  ؤ: 'و',
  ٶ: 'و',
  ئ: 'ي',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ۍ: 'ي',
  ێ: 'ي',
  ک: 'ك',
  ڪ: 'ك',
  ة: 'ه',
  ۀ: 'ه',
  ہ: 'ه',
  ۂ: 'ه',
  ۃ: 'ه',
  ھ: 'ه',
  // Typographic quotes fold to their ASCII forms so "«داعش»" and '"داعش"' read alike.
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2039': "'",
  '\u203A': "'",
  '\u2033': '"',
  // Arabic decimal, thousands and percent signs.
  '\u066B': '.',
  '\u066C': ',',
  '\u066A': '%',
  // Latin letters that have no canonical decomposition to strip.
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};

/** True for code points the view drops: harakat, Quranic marks, tatweel and invisible format characters. */
function isDropped(cp: number): boolean {
  return (
    (cp >= 0x064b && cp <= 0x065f) ||
    cp === 0x0670 ||
    (cp >= 0x06d6 && cp <= 0x06ed) ||
    (cp >= 0x08d3 && cp <= 0x08ff && cp !== 0x08e2) ||
    cp === 0x0640 ||
    cp === 0x00ad ||
    cp === 0x061c ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0xfeff
  );
}

/** Scripts whose accents are stripped (Latin, Greek, Cyrillic, combining marks); others keep theirs. */
function stripsAccents(cp: number): boolean {
  return cp < 0x0530 || (cp >= 0x1e00 && cp <= 0x1fff);
}

function foldUnit(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (isDropped(cp)) return '';
  const digit = asciiDigit(cp);
  if (digit !== null) return digit;
  const mapped = LETTER_FOLD[ch];
  if (mapped !== undefined) return mapped;
  if (stripsAccents(cp)) {
    const lower = ch
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '');
    return lower.length === 1 ? (LETTER_FOLD[lower] ?? lower) : lower;
  }
  return ch;
}

function computeFold(cp: number): string {
  const original = String.fromCodePoint(cp);
  if (isDropped(cp)) return '';
  let out = '';
  for (const ch of original.normalize('NFKC')) out += foldUnit(ch);
  // Spacing forms of harakat (U+FE70…) decompose to a space plus the mark: nothing is left to match.
  if (out.trim() === '' && original.trim() !== '') return '';
  return out;
}

const bmpCache: (string | undefined)[] = new Array(0x10000);
const astralCache = new Map<number, string>();

/**
 * The matching form of one code point: '' when it is dropped, several units for ligatures.
 *
 * @example foldCodePoint(0x0623) === 'ا' // أ
 * @example foldCodePoint(0x0664) === '4' // ٤
 * @example foldCodePoint(0xfefb) === 'لا' // the lam-alef ligature
 */
export function foldCodePoint(cp: number): string {
  if (cp < 0x10000) {
    let folded = bmpCache[cp];
    if (folded === undefined) bmpCache[cp] = folded = computeFold(cp);
    return folded;
  }
  let folded = astralCache.get(cp);
  if (folded === undefined) astralCache.set(cp, (folded = computeFold(cp)));
  return folded;
}

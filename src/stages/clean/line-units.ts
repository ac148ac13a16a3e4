import type { Span } from '../../core/span.js';

/**
 * The non-empty lines of a text as spans without their surrounding white space. Lines, not blank-line
 * paragraphs, are the unit: scrapers often glue a promo to the last paragraph with a single newline.
 *
 * @example lineUnits(' a\n\n b ') // [[1, 2], [5, 6]]
 */
export function lineUnits(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
    start = end + 1;
  }
  return out;
}

/**
 * White space including the bidi marks and zero-width characters scrapers leave at line edges.
 *
 * @example isSpace(0x200f) // true (RIGHT-TO-LEFT MARK)
 */
export function isSpace(c: number): boolean {
  return (
    c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) || c === 0xfeff
  );
}

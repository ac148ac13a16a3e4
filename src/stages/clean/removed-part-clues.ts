import type { RemovedKind } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Clue } from './finding.js';

const NAME_EN = "[A-Z][\\w.'’-]+(?:\\s+(?:[A-Z][\\w.'’-]+|de|al|bin|van|von)){1,3}";
const BRAND_EN = "(?:The\\s+)?[A-Z][\\w&'’-]+(?:\\s+[A-Z][\\w&'’-]+){0,3}";
const AR = '(?:[\\u0621-\\u064A]|[\\u064B-\\u0652])+';

/** Patterns whose first group names the publisher (in promos and copyright lines) or the author (bios, by-lines). */
const RULES: Partial<Record<RemovedKind | 'copyright', readonly { field: Clue['field']; re: RegExp }[]>> = {
  promo: [
    {
      field: 'publisher',
      re: new RegExp(`(?:subscribe to|try|join|support|read|get)\\s+(${BRAND_EN})`, 'd'),
    },
    {
      field: 'publisher',
      re: new RegExp(`(?:^|[\\s.،])(?:جر\\u0651?ب|اشترك في|اشترك ب|تابع|ادعم)\\s+(${BRAND_EN})`, 'd'),
    },
    { field: 'publisher', re: new RegExp(`(?:صحيفة|جريدة|مجلة|موقع)\\s+(«[^»]{2,30}»|${AR})`, 'd') },
  ],
  'author-bio': [
    {
      field: 'author',
      re: new RegExp(`كتاب\\s+(${AR}(?:\\s+${AR}){0,3}?)\\s+(?:الأخير|الجديد|بعنوان)`, 'd'),
    },
    {
      field: 'author',
      re: new RegExp(`لل?كاتب[ة]?\\s+(${AR}(?:\\s+${AR}){1,3}?)\\s+(?:كتاب|رواية|ديوان)`, 'd'),
    },
    { field: 'author', re: new RegExp(`^[*•\\s]*(${NAME_EN})(?:['’]s\\s|\\s+(?:is|was)\\s)`, 'd') },
  ],
  byline: [
    {
      field: 'author',
      re: new RegExp(`^[*•\\s]*(?:By|Written by)\\s+(${NAME_EN}(?:\\s+and\\s+${NAME_EN})?)`, 'd'),
    },
    {
      field: 'author',
      re: new RegExp(
        `^[*•\\s]*(?:بقلم|كتب|كتبت|حوار|أجرى الحوار|أجرت الحوار)\\s*[:：-]?\\s*(${AR}(?:\\s+${AR}){1,3})`,
        'd',
      ),
    },
  ],
  copyright: [
    { field: 'publisher', re: new RegExp(`(?:©|copyright)\\s*(?:\\d{4}\\s*)?(${BRAND_EN})`, 'di') },
  ],
};

/**
 * What a removed line tells about the article: the outlet a promo or copyright line names, the author a
 * bio or by-line names — written as in the text, with the span of the name.
 *
 * @example cluesOf('promo', 'Subscribe to The Daily Planet today', 0)[0].value // 'The Daily Planet'
 */
export function cluesOf(kind: RemovedKind | 'copyright', text: string, offset: number): Clue[] {
  for (const { field, re } of RULES[kind] ?? []) {
    const m = re.exec(text);
    const at = m?.indices?.[1];
    if (m && at) {
      const value = m[1].replace(/[«»]/g, '').trim();
      const span: Span = [offset + at[0], offset + at[1]];
      return [{ field, value, span }];
    }
  }
  return [];
}

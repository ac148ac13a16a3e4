import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArabicNumber } from './arabic-number-words.js';
import { parseDigitString } from './digit-number-parser.js';
import { readEnglishNumber } from './english-number-words.js';
import { lexSentences } from './word-lexer.js';

const lex = (text: string) => lexSentences(text, [{ span: [0, text.length] }]);

// A writer of Arabic number words with the spelling choices newspapers make, to read back.
interface Style {
  feminine: boolean;
  genitive: boolean;
  alifHundred: boolean;
  splitHundreds: boolean;
}
const UNITS_M = ['', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'];
const UNITS_F = ['', 'واحدة', 'اثنتان', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر'];
const TENS = ['', '', 'عشر', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'];

function arabicBelowThousand(n: number, s: Style): string {
  const hundred = s.alifHundred ? 'مائة' : 'مئة';
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 1) parts.push(hundred);
  else if (h === 2) parts.push(s.alifHundred ? 'مائتان' : 'مئتان');
  else if (h > 2) parts.push(s.splitHundreds ? `${UNITS_F[h]} ${hundred}` : `${TENS[h]}${hundred}`);
  if (rest > 0) parts.push(arabicBelowHundred(rest, s));
  return parts.join(' و');
}

function arabicBelowHundred(n: number, s: Style): string {
  const units = s.feminine ? UNITS_F : UNITS_M;
  if (n <= 10) return n === 10 && s.feminine ? 'عشر' : units[n];
  if (n < 20) {
    const head =
      n === 11 ? (s.feminine ? 'إحدى' : 'أحد') : n === 12 ? (s.feminine ? 'اثنتا' : 'اثنا') : units[n - 10];
    return `${head} ${s.feminine ? 'عشرة' : 'عشر'}`;
  }
  const ten = `${TENS[Math.floor(n / 10)]}${s.genitive ? 'ين' : 'ون'}`;
  return n % 10 === 0 ? ten : `${units[n % 10]} و${ten}`;
}

/** @example arabicWords(2015, …) === 'ألفان وخمسة عشر' */
function arabicWords(n: number, s: Style): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (thousands === 1) parts.push('ألف');
  else if (thousands === 2) parts.push(s.genitive ? 'ألفين' : 'ألفان');
  else if (thousands >= 3 && thousands <= 10)
    parts.push(`${arabicBelowThousand(thousands, { ...s, feminine: false })} آلاف`);
  else if (thousands > 10) parts.push(`${arabicBelowThousand(thousands, s)} ألف`);
  if (rest > 0) parts.push(arabicBelowThousand(rest, s));
  return parts.join(' و');
}

const SMALL =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS_EN = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
function englishBelowThousand(n: number, and: boolean): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const tail =
    rest === 0
      ? ''
      : rest < 20
        ? SMALL[rest - 1]
        : `${TENS_EN[Math.floor(rest / 10) - 2]}${rest % 10 ? `-${SMALL[(rest % 10) - 1]}` : ''}`;
  if (!h) return tail;
  return [`${SMALL[h - 1]} hundred`, tail].filter(Boolean).join(and ? ' and ' : ' ');
}
function englishWords(n: number, and: boolean): string {
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  return [th ? `${englishBelowThousand(th, and)} thousand` : '', rest ? englishBelowThousand(rest, and) : '']
    .filter(Boolean)
    .join(' ');
}

const style = fc.record({
  feminine: fc.boolean(),
  genitive: fc.boolean(),
  alifHundred: fc.boolean(),
  splitHundreds: fc.boolean(),
});

describe('number round trips', () => {
  it('reads back every number from 1 to 999,999 written in Arabic words, in any spelling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), style, (n, s) => {
        const text = arabicWords(n, s);
        const tokens = lex(text);
        expect(readArabicNumber(tokens, 0)).toEqual({ value: n, next: tokens.length });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every number from 1 to 999,999 written in English words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.boolean(), (n, and) => {
        const tokens = lex(englishWords(n, and));
        expect(readEnglishNumber(tokens, 0)).toEqual({ value: n, next: tokens.length });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back integers grouped by Western, Arabic-Indic, Persian, German, Swiss and Indian conventions', () => {
    const locales = ['en-US', 'ar-EG', 'fa-IR', 'de-DE', 'en-IN', 'de-CH'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom(...locales), (n, locale) => {
        const written = n.toLocaleString(locale, { useGrouping: 'always' } as Intl.NumberFormatOptions);
        const tokens = lex(written);
        expect(tokens).toHaveLength(1);
        expect(parseDigitString(tokens[0].norm)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});

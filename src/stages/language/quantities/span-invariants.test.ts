import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanContains } from '../../../core/span.js';
import { findTimes } from '../times/index.js';
import { findQuantities } from './index.js';

// Pieces of Arabic and English news text, numbers in three scripts, dates, clitics, marks and controls.
const PIECES = [
  'قتل',
  'مقتل',
  'وإصابة',
  'ما لا يقل عن',
  'نحو',
  '12',
  '١٢',
  '۱۲',
  '1,200',
  'ثلاثة',
  'عشر',
  'آلاف',
  'شخصا',
  'جنديين',
  'أمس',
  'بالأمس',
  'الجمعة',
  'يوم',
  'الماضي',
  '7',
  'أكتوبر',
  'تشرين الأول',
  '2015',
  '1436',
  'هـ',
  'شوال',
  'صيف',
  'عام',
  'مطلع',
  'الشهر',
  'الجاري',
  'killed',
  'at least',
  'people',
  'on',
  'Friday',
  'last',
  'June',
  'May',
  'between',
  'and',
  'to',
  '-',
  '/',
  '.',
  ',',
  '(',
  ')',
  '%',
  'ً',
  'ـ',
  '\u200f',
  '\n',
  ' ',
];

const article = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((parts) => parts.join(' '))
  .chain((text) =>
    fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 6 }).map((cuts) => {
      const bounds = [0, ...cuts.sort((a, b) => a - b), text.length];
      const sentences = bounds.slice(1).map((end, k) => ({ span: [bounds[k], end] as const }));
      return { text, sentences };
    }),
  );

const day = fc.integer({ min: 1, max: 31 });
const year = fc.integer({ min: 1900, max: 2030 });
const monthAr = fc.constantFrom('يونيو', 'أكتوبر', 'تشرين الأول', 'شوال', 'رمضان');
const monthEn = fc.constantFrom('May', 'June', 'December');
/**
 * Phrases that name a stretch of days, months or years, their bounds drawn in any order: random pieces
 * seldom make one, so the check of a range's end needs them made on purpose.
 */
const stretch = fc.oneof(
  fc.tuple(day, day, monthAr, year).map(([a, b, m, y]) => `من ${a} إلى ${b} ${m} ${y}`),
  fc.tuple(day, day, monthAr).map(([a, b, m]) => `بين ${a} و${b} ${m}`),
  fc.tuple(day, monthAr, day, monthAr, year).map(([a, m, b, n, y]) => `من ${a} ${m} إلى ${b} ${n} ${y}`),
  fc.tuple(year, year).map(([a, b]) => `بين عامي ${a} و${b}`),
  fc.tuple(fc.constantFrom('صيف', 'شتاء'), year).map(([season, y]) => `${season} عام ${y}`),
  fc
    .tuple(fc.constantFrom('مطلع', 'أواخر'), fc.constantFrom('الشهر الماضي', 'العام الماضي'))
    .map((p) => p.join(' ')),
  fc.tuple(day, day, monthEn).map(([a, b, m]) => `between ${a} and ${b} ${m}`),
  fc.tuple(fc.constantFrom('early', 'late'), monthEn, year).map((p) => p.join(' ')),
);

describe('spans of quantities and time expressions', () => {
  it('lie inside one sentence span for any mix of words, numbers and marks', () => {
    let checked = 0;
    fc.assert(
      fc.property(article, fc.constantFrom('2015-07-22', null), ({ text, sentences }, ref) => {
        const spans = [
          ...findQuantities(text, sentences, 'ar').flatMap((q) => [
            q.span,
            ...(q.nounSpan ? [q.nounSpan] : []),
          ]),
          ...findTimes(text, sentences, 'ar', ref).map((t) => t.span),
        ];
        checked += spans.length;
        for (const span of spans) {
          expect(span[0]).toBeLessThan(span[1]);
          expect(sentences.some((s) => spanContains(s.span, span))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    expect(checked).toBeGreaterThan(0);
  });

  it('resolve to well-formed values whose end never comes before their start', () => {
    const shape = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
    let valued = 0;
    fc.assert(
      fc.property(article, ({ text, sentences }) => {
        for (const t of findTimes(text, sentences, 'ar', '2015-07-22')) {
          if (t.value === null) continue;
          valued++;
          expect(t.value).toMatch(shape[t.precision]);
          if (t.end) expect(t.end >= t.value).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    expect(valued).toBeGreaterThan(0);
  });

  it('give a stretch of time an end no earlier than its start, inside the sentence', () => {
    let ranged = 0;
    fc.assert(
      fc.property(stretch, fc.constantFrom('ar', 'en') as fc.Arbitrary<'ar' | 'en'>, (phrase, lang) => {
        const text = `قتل 12 شخصا ${phrase}.`;
        const sentences = [{ span: [0, text.length] as const }];
        for (const t of findTimes(text, sentences, lang, '2015-07-22')) {
          expect(spanContains(sentences[0].span, t.span)).toBe(true);
          if (t.value === null || !t.end) continue;
          ranged++;
          expect(t.end >= t.value).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect(ranged).toBeGreaterThan(100);
  });
});

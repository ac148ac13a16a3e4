import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize.js';
import { countOf, spelledAlternation, unitWord, unitWordsOf } from './time-span-words.js';

describe('the words of a span of time', () => {
  it.each([
    ['week', { unit: 'week', count: 1 }],
    ['days', { unit: 'day', count: null }],
    ['أسبوعين', { unit: 'week', count: 2 }],
    ['ساعات', { unit: 'hour', count: null }],
    ['سنة', { unit: 'year', count: 1 }],
  ])('reads %s by its folded form', (word, expected) => {
    expect(unitWord(normalizeName(word))).toEqual(expected);
  });

  it('counts written numbers and number words up to ten', () => {
    expect(['two', 'ثلاثة', '12', 'an', 'several'].map((w) => countOf(normalizeName(w)))).toEqual([
      2,
      3,
      12,
      1,
      undefined,
    ]);
  });

  it('keeps units apart, so a reader of days and months reads no year', () => {
    expect(unitWordsOf(['day', 'month'])).not.toContain('years');
    expect(unitWordsOf(['day', 'month'])).toContain('شهرين');
  });

  it('matches folded words as written, and whole words before their stems', () => {
    const pattern = new RegExp(`^(?:${spelledAlternation(['اسبوع', 'اسبوعين', 'ساعه'])})`);
    expect(pattern.exec('أسبوعين')?.[0]).toBe('أسبوعين');
    expect(pattern.test('ساعة')).toBe(true);
  });
});

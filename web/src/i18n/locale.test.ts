import { describe, it, expect } from 'vitest';
import { countPhrase, countryName, formatNumber, formatPercent } from './locale.js';
import { PLURALS, STRINGS } from './strings.js';

describe('interface language', () => {
  const arabic: Array<[number, string]> = [
    [0, 'لا أحداث'],
    [1, 'حدث واحد'],
    [2, 'حدثان'],
    [3, '3 أحداث'],
    [10, '10 أحداث'],
    [11, '11 حدثًا'],
    [99, '99 حدثًا'],
    [100, '100 حدث'],
  ];

  it.each(arabic)('counts %i events in Arabic grammar', (n, phrase) => {
    expect(countPhrase('ar', 'events', n)).toBe(phrase);
  });

  it('counts events in English with a suffix for "more to load"', () => {
    expect(countPhrase('en', 'events', 1)).toBe('1 event');
    expect(countPhrase('en', 'events', 1200, '+')).toBe('1,200+ events');
  });

  it('writes Latin digits in the Arabic interface, as Arabic news sites do', () => {
    expect(formatNumber(1234, 'ar')).toMatch(/^1.234$/);
  });

  it('keeps the percent sign after the number in a right-to-left Arabic line', () => {
    const arabic = formatPercent(0.9, 'ar');
    expect(arabic.replace(/[\u200e\u200f\u061c]/g, '')).toBe('90%');
    expect(arabic).toMatch(/^90\u200e%/);
  });

  it('writes an English percentage plainly, rounded to a whole number', () => {
    expect(formatPercent(0.855, 'en')).toBe('86%');
  });

  it('translates every string and every counted phrase into Arabic', () => {
    const untranslated = Object.entries(STRINGS.ar).filter(
      ([key, value]) =>
        value !== '' && value === STRINGS.en[key as keyof typeof STRINGS.en] && key !== 'appName',
    );
    expect(untranslated).toEqual([]);
    expect(Object.keys(PLURALS.ar).sort()).toEqual(Object.keys(PLURALS.en).sort());
  });

  it('names countries in English as ACLED and the exports do, and in Arabic as the locale does', () => {
    expect(countryName('TR', 'en')).toBe('Turkey');
    expect(countryName('PS', 'en')).toBe('Palestine');
    expect(countryName('sy', 'en')).toBe('Syria');
    expect(countryName('TR', 'ar')).toBe('تركيا');
  });

  it('captions the timeline by the days a bar covers, in both languages', () => {
    expect(countPhrase('en', 'timeline', 1)).toBe('Events per day — drag to select dates');
    expect(countPhrase('en', 'timeline', 68)).toBe('Events per 68 days — drag to select dates');
    expect(countPhrase('ar', 'timeline', 2)).toBe('الأحداث لكل يومين — اسحب لتحديد التواريخ');
    expect(countPhrase('ar', 'timeline', 7)).toBe('الأحداث لكل 7 أيام — اسحب لتحديد التواريخ');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay } from './calendar-math.js';
import { hijriToGregorian, hijriYearSpan, tabularHijriToDay } from './hijri-converter.js';

const cases: [string, [number, number, number], string][] = [
  ['1 Shawwal 1436 (Eid al-Fitr 2015)', [1436, 10, 1], '2015-07-17'],
  ['25 Shawwal 1436', [1436, 10, 25], '2015-08-10'],
  ['1 Ramadan 1436', [1436, 9, 1], '2015-06-18'],
  ['1 Ramadan 1445', [1445, 9, 1], '2024-03-11'],
  ['1 Muharram 1446', [1446, 1, 1], '2024-07-07'],
  ['1 Muharram 1400', [1400, 1, 1], '1979-11-21'],
  ['10 Dhu al-Hijjah 1436', [1436, 12, 10], '2015-09-23'],
];

describe('hijriToGregorian', () => {
  it.each(cases)('%s → %s (Umm al-Qura)', (_name, [y, m, d], expected) => {
    const { day, method } = hijriToGregorian(y, m, d);
    expect(formatDay(day)).toBe(expected);
    expect(method).toBe('umm-al-qura');
  });

  it('reads back every day of 1356–1500 AH that the Umm al-Qura calendar names', () => {
    const uq = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1937, 3, 14), max: dayNumber(2076, 11, 26) }), (n) => {
        const parts = uq.formatToParts(new Date(n * 86_400_000));
        const get = (t: string) => parseInt(parts.find((p) => p.type === t)?.value ?? '', 10);
        expect(hijriToGregorian(get('year'), get('month'), get('day')).day).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the tabular calendar within two days of Umm al-Qura', () => {
    for (const [, [y, m, d]] of cases.map(([n, ymd]) => [n, ymd] as const)) {
      expect(Math.abs(tabularHijriToDay(y, m, d) - hijriToGregorian(y, m, d).day)).toBeLessThanOrEqual(2);
    }
  });

  it('spans a Hijri year from 1 Muharram to the day before the next one', () => {
    const { first, last } = hijriYearSpan(1436);
    expect([formatDay(first), formatDay(last)]).toEqual(['2014-10-25', '2015-10-13']);
  });
});

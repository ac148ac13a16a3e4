import { describe, expect, it } from 'vitest';
import { parseDate } from './date-parser.js';

describe('the date parser', () => {
  it.each([
    ['2024-03-19T07:30:00Z', '2024-03-19'],
    ['Published April 8 2017', '2017-04-08'],
    ['Tue 05 Jul 2016', '2016-07-05'],
    ['March 11, 2002', '2002-03-11'],
    ['10 أغسطس 2015', '2015-08-10'],
    ['١٢ آذار ٢٠٢٤', '2024-03-12'],
    ['الخامس من 3 تشرين الأول 2023', '2023-10-03'],
    ['(26/ 7/ 2015م)', '2015-07-26'],
    ['Last updated at Jul 282016', '2016-07-28'],
    ['no date here', null],
    ['31 February 1800', null],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});

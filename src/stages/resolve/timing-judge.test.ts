import { describe, expect, it } from 'vitest';
import { isHistorical } from './timing-judge.js';

describe('the timing judge', () => {
  it.each([
    ['2015-07-20', '2015-07-21', false],
    ['2015-06-25', '2015-07-21', false],
    ['2015-06-10', '2015-07-21', true],
    ['2015-06', '2015-07-25', true],
    ['2015-06', '2015-07-10', false],
    ['2015-07', '2015-07-31', false],
    ['2014', '2015-08-01', true],
    ['2013', '2013-12-16', false],
    ['2005', 'not a date', false],
  ])('calls an incident of %s seen on %s historical: %s', (date, reference, expected) => {
    expect(isHistorical(date, reference)).toBe(expected);
  });
});

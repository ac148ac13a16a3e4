import { describe, expect, it } from 'vitest';
import { middleOfRun } from './day-ms.js';

describe('middleOfRun', () => {
  it.each([
    ['2015-06-18', '2015-07-16', '2015-07-02'],
    ['2014-06', '2014-08', '2014-07-16'],
    ['2014-10-25', '2015-10-13', '2015-04-19'],
  ])('weighs the run %s..%s at %s', (first, last, middle) => {
    expect(middleOfRun(first, last)).toBe(middle);
  });
});

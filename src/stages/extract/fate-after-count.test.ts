import { describe, expect, it } from 'vitest';
import { AFTER_COUNT } from './fate-after-count.js';

describe('the fate told after a count', () => {
  it.each([
    ['its verb right after the noun', ' ferrymen were killed on the river', 'killed'],
    ['a death with no passive', ' herders later died of their burns', 'killed'],
    ['a noun run on by a relative clause', ' drivers who carried grain to the depot were killed', 'killed'],
    ['an aside in brackets', ' clerks (two of them women) were wounded', 'injured'],
    ['the ages of the counted', ' porters, aged 19 and 23, were hurt', 'injured'],
    ['an aside on who they are', ' rangers, mostly young recruits, were shot dead', 'killed'],
    [
      'a part told with no closing comma',
      ' persons, including two wardens sustained minor injuries',
      'injured',
    ],
  ] as const)('reads %s', (_, words, role) => {
    expect(AFTER_COUNT[role].test(words)).toBe(true);
    expect(AFTER_COUNT[role === 'killed' ? 'injured' : 'killed'].test(words)).toBe(false);
  });

  it.each([
    ['a verb past a clause of its own', ' guards stood by when the shop was hit and were killed'],
    [
      'a verb past a count of its own',
      ' cooks and two drivers of the old depot on the long north road by the river were killed',
    ],
    ['no fate at all', ' fishermen sailed home at dawn'],
  ])('reads no fate across %s', (_, words) => {
    expect(AFTER_COUNT.killed.test(words)).toBe(false);
  });
});

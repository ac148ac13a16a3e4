import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../core/records.js';
import { runningTotal } from './running-totals.js';

describe('runningTotal: a count summed over several incidents', () => {
  it.each([
    ['Eight men were held over three cases of rioting in the old quarter, which claimed 12 lives.', true],
    ['Police are probing two incidents of arson in the town that killed 5 people.', true],
    // One incident's toll, told by a relative clause, is its own.
    ['Police are probing a case of arson in the town that killed 5 people.', false],
    ['The riots in the old quarter, which claimed 12 lives, were the worst in years.', false],
  ] as const)('"%s" → %s', (text, summed) => {
    const m = /\d+(?= (?:lives|people))/.exec(text)!;
    const q: Quantity = {
      span: [m.index, m.index + m[0].length],
      value: 1,
      qualifier: 'exact',
      role: 'killed',
    };
    expect(runningTotal(q, text)).toBe(summed);
  });
});

import { describe, expect, it } from 'vitest';
import { mayBeLowerAt, mayBeUpperAt } from './letter-cases.js';

describe('letter cases by character code', () => {
  it('rules out ASCII of the other case, digits, spaces and Arabic letters, and past either end', () => {
    const text = 'aZ 7 قط é';
    expect([0, 1, 2, 3, 5, 6, 8].map((i) => mayBeLowerAt(text, i))).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect([0, 1, 5].map((i) => mayBeUpperAt(text, i))).toEqual([false, true, false]);
    expect(mayBeLowerAt(text, -1)).toBe(false);
  });
});

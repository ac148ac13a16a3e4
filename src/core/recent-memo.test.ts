import { describe, expect, it } from 'vitest';
import { recentMemo } from './recent-memo.js';

describe('recentMemo', () => {
  it('answers what was set for a key, by identity', () => {
    const known = recentMemo<object, string>();
    const key = { id: 1 };
    known.set(key, 'first');
    expect(known.get(key)).toBe('first');
    expect(known.get({ id: 1 })).toBeUndefined();
  });

  it('forgets every key once it holds its limit, then keeps the new one', () => {
    const known = recentMemo<object, number>(2);
    const [a, b, c] = [{}, {}, {}];
    known.set(a, 1);
    known.set(b, 2);
    known.set(c, 3);
    expect([known.get(a), known.get(b), known.get(c)]).toEqual([undefined, undefined, 3]);
  });
});

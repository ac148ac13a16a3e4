import { describe, expect, it } from 'vitest';
import { sortSmall } from './small-sort.js';

describe('sortSmall', () => {
  it('sorts a short list in place, as the engine sorts it', () => {
    const items = [5, 3, 9, 1, 3];
    expect(sortSmall(items, (a, b) => a - b)).toBe(items);
    expect(items).toEqual([1, 3, 3, 5, 9]);
  });

  it('keeps equal items in the order they came, as the engine does', () => {
    const items = [
      { key: 2, name: 'first two' },
      { key: 1, name: 'one' },
      { key: 2, name: 'second two' },
      { key: 0, name: 'zero' },
    ];
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const expected = [...items].sort(byKey).map((i) => i.name);
    expect(sortSmall(items, byKey).map((i) => i.name)).toEqual(expected);
  });

  it('gives the engine order for lists of every length, long ones too', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 10;
    for (let length = 0; length < 40; length++) {
      const items = Array.from({ length }, (_, at) => ({ key: next(), at }));
      const byKey = (a: { key: number }, b: { key: number }) => b.key - a.key;
      expect(sortSmall([...items], byKey)).toEqual([...items].sort(byKey));
    }
  });
});

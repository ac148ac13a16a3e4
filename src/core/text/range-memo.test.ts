import { describe, expect, it } from 'vitest';
import { RangeMemo } from './range-memo.js';

describe('RangeMemo', () => {
  it('finds a value by the characters of a range, wherever in whichever text they stand', () => {
    const memo = new RangeMemo<string>(100);
    memo.set('قتل ١٢ شخصا', 4, 6, 'twelve');
    expect(memo.get('نحو ١٢ جريحا', 4, 6)).toBe('twelve');
    expect(memo.get('١٢', 0, 2)).toBe('twelve');
  });

  it.each([
    ['a range of other characters', 'cat', 'cut'],
    ['a longer range that starts the same', 'cat', 'cats'],
    ['a shorter range', 'cats', 'cat'],
    ['an empty range', 'cat', ''],
  ])('tells a key from %s', (_, stored, asked) => {
    const memo = new RangeMemo<number>(100);
    memo.set(stored, 0, stored.length, 1);
    expect(memo.get(asked, 0, asked.length)).toBeUndefined();
  });

  it('keeps every key apart when there are many', () => {
    const memo = new RangeMemo<number>(5000);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    words.forEach((w, i) => memo.set(w, 0, w.length, i));
    expect(words.every((w, i) => memo.get(`(${w})`, 1, w.length + 1) === i)).toBe(true);
  });

  it('looks up many ranges at once as one by one, a range not held giving undefined', () => {
    const memo = new RangeMemo<number>(100);
    const text = 'fox hen fox owl';
    memo.set(text, 0, 3, 1);
    memo.set(text, 12, 15, 2);
    const out: (number | undefined)[] = [];
    memo.getAll(text, Int32Array.of(0, 4, 8, 12), Int32Array.of(3, 7, 11, 15), 4, out);
    expect(out).toEqual([1, undefined, 1, 2]);
  });

  it('gives undefined for every range when none is held', () => {
    const memo = new RangeMemo<number>(100);
    const text = 'fox hen owl';
    memo.set(text, 4, 7, 1);
    const out: (number | undefined)[] = [5, 5];
    memo.getAll(text, Int32Array.of(0, 8), Int32Array.of(3, 11), 2, out);
    expect(out).toEqual([undefined, undefined]);
  });

  it('forgets what it holds once full, so memory stays bounded', () => {
    const memo = new RangeMemo<number>(2);
    memo.set('a', 0, 1, 1);
    memo.set('b', 0, 1, 2);
    memo.set('c', 0, 1, 3);
    expect([memo.get('a', 0, 1), memo.get('b', 0, 1), memo.get('c', 0, 1)]).toEqual([
      undefined,
      undefined,
      3,
    ]);
  });

  it('tells a range it does not hold from the rest, however full its table is', () => {
    // 3000 keys fill three slots in four of the largest table this capacity allows.
    const memo = new RangeMemo<number>(3000);
    const names = Array.from({ length: 3000 }, (_, i) => `name${i}`);
    names.forEach((n, i) => memo.set(n, 0, n.length, i));
    const out: (number | undefined)[] = [];
    const text = 'name7 nameless name2999';
    memo.getAll(text, Int32Array.of(0, 6, 15), Int32Array.of(5, 14, 23), 3, out);
    expect(out).toEqual([7, undefined, 2999]);
    expect(memo.get('unnamed', 0, 7)).toBeUndefined();
  });

  it('keeps its keys while its table grows, and still starts over once full', () => {
    const memo = new RangeMemo<number>(3000);
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    words.forEach((w, i) => memo.set(w, 0, w.length, i));
    expect(words.every((w, i) => memo.get(w, 0, w.length) === i)).toBe(true);
    memo.set('one more', 0, 8, -1);
    expect(memo.get('word0', 0, 5)).toBeUndefined();
    expect(memo.get('one more', 0, 8)).toBe(-1);
  });
});

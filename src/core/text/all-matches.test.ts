import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.js';

const asMatchAll = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((m) => [m.index, [...m], m.groups]);
const listed = (pattern: RegExp, text: string) =>
  allMatches(pattern, text).map((m) => [m.index, [...m], m.groups]);

describe('allMatches', () => {
  it('lists the matches, their groups and indices as matchAll does', () => {
    const pattern = /(?<day>\d+) (May|June)/g;
    const text = 'on 3 May and 14 June 2015';
    expect(listed(pattern, text)).toEqual(asMatchAll(pattern, text));
    expect(allMatches(/(\d+)/dg, 'a 12')[0].indices?.[1]).toEqual([2, 4]);
  });

  it('steps past empty matches, a surrogate pair at once under the Unicode flag', () => {
    for (const pattern of [/x*/g, /x*/gu, /(?=\p{L})/gu])
      for (const text of ['axxb', '', 'a😀x', '😀😀'])
        expect(listed(pattern, text)).toEqual(asMatchAll(pattern, text));
  });

  it('starts from the pattern lastIndex and leaves it at 0', () => {
    const pattern = /\d/g;
    pattern.lastIndex = 2;
    expect(allMatches(pattern, '1234').map((m) => m[0])).toEqual(['3', '4']);
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern that is not global', () => {
    expect(() => allMatches(/\d/, '1')).toThrow(TypeError);
  });
});

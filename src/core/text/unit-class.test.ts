import { describe, expect, it } from 'vitest';
import { allUnits, anyUnit, isWhiteSpace, unitTest } from './unit-class.js';

describe('unitTest', () => {
  it('answers for every code unit as the pattern does on that unit alone', () => {
    const patterns = [/\s/, /[\p{L}\p{M}\p{Nd}]/u, /\p{L}/u, /[a-z]/i];
    for (const pattern of patterns) {
      const test = unitTest(pattern);
      for (let unit = 0; unit < 0x10000; unit++)
        expect(test(unit), `/${pattern.source}/ at ${unit}`).toBe(pattern.test(String.fromCharCode(unit)));
    }
  });

  it('gives the same answer when a unit is asked again', () => {
    const isSpace = unitTest(/\s/);
    expect([isSpace(0x20), isSpace(0x20), isSpace(0x61), isSpace(0x61)]).toEqual([true, true, false, false]);
  });

  it('refuses a pattern that keeps a lastIndex', () => {
    expect(() => unitTest(/\s/g)).toThrow();
  });
});

describe('isWhiteSpace', () => {
  it('is /\\s/ for every code unit', () => {
    for (let unit = 0; unit < 0x10000; unit++)
      expect(isWhiteSpace(unit), `unit ${unit}`).toBe(/\s/.test(String.fromCharCode(unit)));
  });
});

describe('allUnits', () => {
  const isSpace = unitTest(/\s/);

  it.each([
    ['two spaces between the words', 'the  town', 3, 5, true],
    ['a tab and a no-break space', 'x\t\u00a0y', 1, 3, true],
    ['a letter among the spaces', 'a b c', 1, 4, false],
    ['an empty range', 'ab', 1, 1, false],
  ])('tells %s as /^\\s+$/ does on the slice', (_name, text, from, to, expected) => {
    expect(allUnits(text, from, to, isSpace)).toBe(expected);
    expect(/^\s+$/.test(text.slice(from, to))).toBe(expected);
  });
});

describe('anyUnit', () => {
  it.each([
    ['a space inside the name', 'Kel Mora', 0, 8, true],
    ['one word', 'Kelmora town', 0, 7, false],
    ['an empty range', 'a b', 1, 1, false],
  ])('tells %s as /\\s/ does on the slice', (_name, text, from, to, expected) => {
    expect(anyUnit(text, from, to, isWhiteSpace)).toBe(expected);
    expect(/\s/.test(text.slice(from, to))).toBe(expected);
  });
});

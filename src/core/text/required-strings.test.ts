import { describe, expect, it } from 'vitest';
import { requiredStrings } from './required-strings.js';

const sorted = (lists: string[][]) => lists.map((l) => [...l].sort());

describe('requiredStrings', () => {
  it('reads the words every match holds, one list for each part of the pattern', () => {
    expect(sorted(requiredStrings(/\w+\s+(?:killed|shot dead)\s+(?:a|the) (?:guard|driver)\b/))).toEqual([
      ['a driver', 'a guard', 'the driver', 'the guard'],
      ['killed', 'shot dead'],
    ]);
  });

  it('joins the branches of an alternation, each by its best list', () => {
    expect(sorted(requiredStrings(/\bfled\s+to\s+\w+|\bheading\s+(?:north|south)\b/))).toEqual([
      ['fled', 'heading'],
    ]);
  });

  it('reads nothing from a branch that may match anything', () => {
    expect(requiredStrings(/\bfled to \w+|\d+/)).toEqual([]);
  });

  it('takes an optional letter as either form, and the shorter form as enough', () => {
    expect(sorted(requiredStrings(/\w+\s+villages? of\b/))).toEqual([['village of', 'villages of']]);
    expect(requiredStrings(/\w+\s+(?:attack|attacks|attacked)\b/)).toEqual([['attack']]);
  });

  it('reads nothing from what may be absent or is zero-width', () => {
    expect(requiredStrings(/(?<=killed )\w+(?: dead)?/)).toEqual([]);
    expect(requiredStrings(/^(?:an? )*(?!dead)\w+$/)).toEqual([]);
  });

  it('reads the few characters of a small class, and nothing of a wide one', () => {
    expect(requiredStrings(/\w+\s+[Bb]oth/)).toEqual([['Both', 'both']]);
    expect(requiredStrings(/[a-z]oth/)).toEqual([['oth']]);
    expect(requiredStrings(/[^x]oth/)).toEqual([['oth']]);
  });

  it('reads escapes as the characters they stand for', () => {
    expect(requiredStrings(/\w+\s+a\x2Db\u002Dc/)).toEqual([['a-b-c']]);
    expect(requiredStrings(/\w+\s+\(the\)/)).toEqual([['(the)']]);
  });

  it('leaves out the list a pattern opens with, and every list of a pattern anchored at the start', () => {
    expect(requiredStrings(/\b(?:was|has been)\s+killed\b/)).toEqual([['killed']]);
    expect(requiredStrings(/\b(?:of|in) the city\b/)).toEqual([]);
    expect(requiredStrings(/^\s*killed\b/)).toEqual([]);
    // With the "m" flag "^" opens every line: the pattern is tried all along the text.
    expect(requiredStrings(/^\s*killed\b/m)).toEqual([['killed']]);
  });

  it('keeps the strings of a repeated piece but joins it to no neighbour', () => {
    expect(sorted(requiredStrings(/(?:and )+then/))).toEqual([['and '], ['then']]);
  });

  it('gives every string a match of the pattern holds, on patterns of many shapes', () => {
    const cases: [RegExp, string][] = [
      [/\b(?:was|has been)\s+(?:reportedly\s+)?(?:killed|shot dead)\b/i, 'He WAS reportedly Shot Dead'],
      [/(?:^|\s)[وف]?(?:قتل|مقتل)\s+\S+/u, 'وقتل جندي'],
      [/\b(?:north|south)(?:ern)?\s+of\s+$/, 'southern of '],
      [/\bkill(?:ed|ing){1,2}\b/, 'killeding'],
      [/\w+ x(ab)\1y/, 'q xababy'],
      [/(?<pair>ab)\k<pair>c/, 'ababc'],
    ];
    for (const [pattern, text] of cases) {
      expect(pattern.test(text)).toBe(true);
      for (const list of requiredStrings(pattern)) {
        const anyOf = new RegExp(
          list.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
          pattern.flags,
        );
        expect(anyOf.test(text), `${pattern} ${list.join('|')}`).toBe(true);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { PhraseTable } from '../quantities/phrase-table.js';
import { findTimes } from './index.js';
import { ARTICLE_FOLLOWERS, tableOnlyOpeners } from './table-openers.js';

describe('tableOnlyOpeners', () => {
  const tables = [
    new PhraseTable([
      ['the day before', -1],
      ['the end of', 0],
      ['dawn', 0],
    ]),
    new PhraseTable([['the morning after', 1]]),
  ];

  it('gives each word that opens only phrases of two words or more the words that follow it', () => {
    const followers = tableOnlyOpeners(tables, () => false);
    expect([...(followers.get('the') ?? [])].sort()).toEqual(['day', 'end', 'morning']);
  });

  it('leaves out a word that is a phrase alone, or that the rules read elsewhere', () => {
    expect(tableOnlyOpeners(tables, () => false).has('dawn')).toBe(false);
    expect(tableOnlyOpeners(tables, (word) => word === 'the').has('the')).toBe(false);
  });
});

describe('ARTICLE_FOLLOWERS', () => {
  it('lets "a" and "an" go on only where they count one: a unit, "few", a scale word', () => {
    for (const word of ['day', 'weeks', 'year', 'few', 'hundred', 'dozen'])
      expect(ARTICLE_FOLLOWERS.get('a')?.has(word)).toBe(true);
    for (const word of ['car', 'statement', 'the'])
      expect(ARTICLE_FOLLOWERS.get('an')?.has(word)).toBe(false);
  });
});

describe('findTimes with the opener screen', () => {
  const sentence = (text: string) => [{ span: [0, text.length] as [number, number] }];

  it('still reads an expression that opens with a screened word', () => {
    const text = 'The convoy had left the day before.';
    expect(findTimes(text, sentence(text), 'en', '2020-03-10').map((t) => text.slice(...t.span))).toEqual([
      'the day before',
    ]);
  });

  it('finds none where the screened word opens nothing', () => {
    const text = 'The convoy had left the camp at dusk.';
    expect(findTimes(text, sentence(text), 'en', '2020-03-10')).toEqual([]);
  });

  it('reads an article that counts one, and nothing from an article before another word', () => {
    const text = 'A week later an hour-long raid hit a village, a few days ago a month after a bombing.';
    expect(findTimes(text, sentence(text), 'en', '2020-03-10').map((t) => text.slice(...t.span))).toEqual([
      'A week later',
      'a few days ago',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

const places = (text: string): string[] => placeMentions(kb, text);

describe('one word of a village’s name of two, with nothing else of its town’s country named', () => {
  it.each([
    [
      'after "the village of" and the first word',
      'Two farmers were shot near the village of Dar Kula on Sunday',
    ],
    [
      'before the village’s noun, behind the first word',
      'Two farmers were shot in Upal Tak village on Sunday',
    ],
    [
      'heading the name, before the second word and the noun',
      'A mine went off in the Kula Patthar town market',
    ],
  ])('is no town abroad: %s', (_why, text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('a village’s name the base knows', () => {
  it('stays a place when its country is named as well', () => {
    expect(places('Two farmers were shot near the village of Dar Kula, not far from Jos in Nigeria')).toEqual(
      ['Kula=place:ng:kula', 'Jos=place:ng:jos', 'Nigeria=country:NG'],
    );
  });

  it('stays a place when it is the whole name', () => {
    expect(places('Two farmers were shot near the village of Kula on Sunday')).toEqual([
      'Kula=place:ng:kula',
    ]);
  });
});

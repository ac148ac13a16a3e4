import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../core/records.js';
import { listedSingles } from './listed-singles.js';

/** The count `word` of `text`, a toll of people whose noun runs to the end of `noun`. */
function countOf(text: string, word: string, value: number, noun: string): Quantity {
  const at = text.indexOf(word);
  const nounEnd = text.indexOf(noun) + noun.length;
  return {
    span: [at, at + word.length],
    value,
    qualifier: 'exact',
    role: 'killed',
    noun: 'people',
    nounSpan: [at, nounEnd],
  };
}

describe('listedSingles', () => {
  it.each([
    ['Raiders killed three herders and their cattle near the well.', 'three', 3, 'herders', 0],
    ['The shell killed two farmers, a cow and a donkey.', 'two', 2, 'farmers', 0],
    ['Gunmen shot dead four villagers and a sheep herder.', 'four', 4, 'villagers', 1],
    ['Gunmen shot dead four villagers and their driver.', 'four', 4, 'villagers', 1],
  ] as const)('counts people, not beasts, listed beside the dead: "%s"', (text, word, value, noun, more) => {
    const singles = listedSingles([countOf(text, word, value, noun)], 0, 0, 'killed', text);
    expect(singles?.value ?? 0).toBe(more);
  });
});

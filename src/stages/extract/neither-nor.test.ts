import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';

const asserted = (text: string) => assertedWords({ text });

describe('acts denied by neither or nor', () => {
  it.each([
    ['neither', 'The two villages kept apart and neither fired on the other.'],
    ['nor', 'The guards did not resist, nor attacked the crowd.'],
  ])('asserts no act after %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it('keeps an act told after "neither side"', () => {
    expect(asserted('Neither side was named, but gunmen attacked the convoy.')).toContain('attacked');
  });
});

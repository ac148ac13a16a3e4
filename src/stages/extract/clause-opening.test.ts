import { describe, expect, it } from 'vitest';
import { clauseOpening } from './clause-opening.js';

describe('the opening of a later clause', () => {
  // Tokens of "rebels shelled the town , and two boys died": commas and "and" open a clause before them.
  const words = ['rebels', 'shelled', 'the', 'town', ',', 'and', 'two', 'boys', 'died'];
  const opensAfter = (k: number) => words[k - 1] === ',' || words[k - 1] === 'and';

  it('finds the opening nearest the later incident', () => {
    expect(clauseOpening(8, 1, opensAfter)).toBe(6);
  });

  it('looks no further back than the words of the earlier incident', () => {
    expect(clauseOpening(8, 6, opensAfter)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { wordedToll } from './clause-tolls.js';
import { tollFromWords } from './worded-tolls.js';

describe('wordedToll', () => {
  const text = 'A farmer was shot dead near the mill. Nobody was hurt at the depot.';
  const first: [number, number] = [0, 37];
  const second: [number, number] = [38, text.length];

  it('reads what tollFromWords reads, clause by clause and role by role', () => {
    for (const clause of [first, second])
      for (const role of ['killed', 'injured'] as const)
        expect(wordedToll(text, clause, role)).toEqual(tollFromWords(text, clause, role));
  });

  it('reads a clause once, and afresh for another text', () => {
    expect(wordedToll(text, first, 'killed')).toBe(wordedToll(text, first, 'killed'));
    const other = 'The guard was shot dead at the gate.';
    expect(wordedToll(other, first, 'killed')).toEqual(tollFromWords(other, first, 'killed'));
  });
});

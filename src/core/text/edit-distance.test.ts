import { describe, expect, it } from 'vitest';
import { levenshtein } from './edit-distance.js';

describe('levenshtein', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['Karen', 'Kayin', 2],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('counts %s to %s as %i edits', (a, b, edits) => {
    expect(levenshtein(a, b)).toBe(edits);
    expect(levenshtein(b, a)).toBe(edits);
  });
});

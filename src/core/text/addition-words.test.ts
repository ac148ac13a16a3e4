import { describe, expect, it } from 'vitest';
import { ADDITION } from './addition-words.js';

describe('words that add victims to a toll told before', () => {
  it.each([
    'His driver was also killed.',
    'Another officer was injured in the blast.',
    'Two guards were killed as well.',
    'كما قتل أربعة آخرون.',
  ])('reads an addition: %s', (sentence) => {
    expect(ADDITION.test(sentence)).toBe(true);
  });

  it.each([
    'The LCC, another activist group, said the strikes killed 11.',
    'Another monitoring group put the toll at 11.',
    'The observatory also said 11 people were killed.',
  ])('reads a second source, not more victims: %s', (sentence) => {
    expect(ADDITION.test(sentence)).toBe(false);
  });
});

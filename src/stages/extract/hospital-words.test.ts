import { describe, expect, it } from 'vitest';
import { HOSPITAL } from './hospital-words.js';

describe('a hospital, folded', () => {
  it('is known with the article, the joined «ل», «و» or «ف», and in the plural', () => {
    for (const word of ['مستشفي', 'المستشفي', 'للمستشفي', 'لمستشفي', 'والمستشفي', 'فالمستشفيات'])
      expect(HOSPITAL.test(word), word).toBe(true);
  });

  it('is the hospital alone: a clinic, a pronoun on it, «ب» (in it, not taken to it) or a dual is none', () => {
    for (const word of ['مستوصف', 'مستشفيين', 'بالمستشفي', 'مستشفاه'])
      expect(HOSPITAL.test(word), word).toBe(false);
  });
});

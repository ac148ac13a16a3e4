import { describe, expect, it } from 'vitest';
import { afterNoArabicLetter } from './arabic-word-start.js';

describe('matches at the start of an Arabic word', () => {
  it('finds what a leading look-behind for an Arabic letter finds, in text order', () => {
    const texts = ['وبين بين', 'بينبين (بين) xبين', 'قرب العاصمة وبالعاصمة كالعاصمة', '', 'بين'];
    for (const pattern of [/بين/gu, /[وفبلك]{0,2}(ال)?عاصم[ةه](?![\u0621-\u064a])/gu]) {
      const withLookBehind = new RegExp(`(?<![\\u0621-\\u064a])(?:${pattern.source})`, 'gu');
      for (const text of texts)
        expect(afterNoArabicLetter(pattern, text).map((m) => [m.index, m[0]])).toEqual(
          [...text.matchAll(withLookBehind)].map((m) => [m.index, m[0]]),
        );
    }
  });

  it('passes over a match inside a word and finds the one that starts later in it', () => {
    // «وبالعاصمة»: the match at «بالعاصمة» and «العاصمة» follow a letter; the one at «و» is the word's start.
    expect(afterNoArabicLetter(/[وب]{0,2}(ال)?عاصمه/gu, 'قرب وبالعاصمه').map((m) => m.index)).toEqual([4]);
    expect(afterNoArabicLetter(/عاصمه/gu, 'كالعاصمه عاصمه').map((m) => m.index)).toEqual([9]);
  });
});

import { describe, expect, it } from 'vitest';
import { hasCasedLetter, isCapitalisedWord, mayBeLowerAt, mayBeUpperAt } from './letter-cases.js';

describe('letter cases by character code', () => {
  it('rules out ASCII of the other case, digits, spaces and Arabic letters, and past either end', () => {
    const text = 'aZ 7 قط é';
    expect([0, 1, 2, 3, 5, 6, 8].map((i) => mayBeLowerAt(text, i))).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect([0, 1, 5].map((i) => mayBeUpperAt(text, i))).toEqual([false, true, false]);
    expect(mayBeLowerAt(text, -1)).toBe(false);
  });

  it('tells a text with a letter of some case from one in caseless scripts, digits and marks only', () => {
    expect(hasCasedLetter('أصيب ٤ جنود «قرب» الحدود، 12 كم – شمالاً.')).toBe(false);
    expect(hasCasedLetter('')).toBe(false);
    expect(hasCasedLetter('أصيب ٤ جنود قرب Qusayr')).toBe(true);
    expect(hasCasedLetter('أصيب ٤ جنود قرب ق x')).toBe(true);
    // Past ASCII: accented Latin, Greek and Cyrillic have cases; a surrogate pair is taken as cased.
    expect(['قرب É', 'قرب λ', 'قرب Ж', 'قرب 𝐀'].map(hasCasedLetter)).toEqual([true, true, true, true]);
    // Marks past ASCII that have no case are passed over, and the text is read on after them.
    expect(hasCasedLetter('«قرب» — ثم ‘x’')).toBe(true);
    expect(hasCasedLetter('«قرب» — ثم ‘٣’ €')).toBe(false);
    expect(hasCasedLetter('\u0000 \u007f @[`{')).toBe(false);
  });
});

describe('isCapitalisedWord', () => {
  it.each([
    'Naama',
    'Ab',
    'NATO',
    'naama',
    'A',
    '',
    'Zoë',
    'Émile',
    'Ömer',
    'ÖMER',
    'Al-Rashid',
    "O'Neil",
    'Kabul2',
    'بغداد',
    'Łódź',
    'Straße',
  ])('tells %j as /^\\p{Lu}\\p{Ll}+$/u does', (word) => {
    expect(isCapitalisedWord(word)).toBe(/^\p{Lu}\p{Ll}+$/u.test(word));
  });
});

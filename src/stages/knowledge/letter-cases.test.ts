import { describe, expect, it } from 'vitest';
import { hasCasedLetter, isCapitalisedWord, mayBeUpperAt, mayEndCapitalisedWord } from './letter-cases.js';

describe('letter cases by character code', () => {
  it('rules out ASCII of the other case, digits, spaces and Arabic letters, and past either end', () => {
    const text = 'aZ 7 قط é';
    expect([0, 1, 5].map((i) => mayBeUpperAt(text, i))).toEqual([false, true, false]);
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

describe('mayEndCapitalisedWord', () => {
  /** What the name rules' patterns need at the end of a lead: a capitalised word, then white space. */
  const endsCapitalised = (lead: string): boolean => /\p{Lu}\p{Ll}+\s+$/u.test(lead);

  it.each([
    'killed Hamid ',
    'killed Hamid \u00a0 ',
    'Hamid\n',
    'fighters in ',
    'told Émile ',
    'Ömer ',
    'ab Ö ',
    'a Straße ',
    'Al-rashid ',
    "O'neil ",
    'قرب Hamid ',
    'قرب بغداد ',
    'the A ',
    'Kabul2 ',
    'met Łódź ',
    'Zoë ',
    'ZOE ',
    '𝐀bc ',
    'Hamid',
    ' ',
    '',
  ])('never rules out a capitalised word and white space the pattern finds ending %j', (lead) => {
    if (endsCapitalised(lead)) expect(mayEndCapitalisedWord(lead, 0, lead.length)).toBe(true);
  });

  it('rules out a lower-case, Arabic or one-letter word, no white space after it, and a capital before the lead', () => {
    expect(mayEndCapitalisedWord('fighters in ', 0, 12)).toBe(false);
    expect(mayEndCapitalisedWord('قرب بغداد ', 0, 10)).toBe(false);
    expect(mayEndCapitalisedWord('the A ', 0, 6)).toBe(false);
    expect(mayEndCapitalisedWord('ZOE ', 0, 4)).toBe(false);
    expect(mayEndCapitalisedWord('Hamid', 0, 5)).toBe(false);
    expect(mayEndCapitalisedWord('Hamid ', 1, 6)).toBe(false);
    expect(mayEndCapitalisedWord('killed Hamid \u00a0 ', 0, 15)).toBe(true);
    // Past ASCII, the pattern decides: "Zoë" ends in a letter the code does not tell.
    expect(mayEndCapitalisedWord('Zoë ', 0, 4)).toBe(true);
  });

  it('answers a later call on the same text and end as a first call would, from any start', () => {
    const text = 'the killers of Hamid ';
    const to = text.length;
    const starts = [0, 14, 15, 16, 20, 21, 3, 15, 0];
    // Each start asked first on another text, so that nothing the call before read can answer it.
    const fresh = starts.map((from) => {
      mayEndCapitalisedWord('other text ', 0, 11);
      return mayEndCapitalisedWord(text, from, to);
    });
    expect(starts.map((from) => mayEndCapitalisedWord(text, from, to))).toEqual(fresh);
    expect(fresh.slice(0, 3)).toEqual([true, true, true]);
    expect(fresh[3]).toBe(false);
  });
});

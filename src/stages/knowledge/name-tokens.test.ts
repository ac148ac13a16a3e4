import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../core/text/normalize.js';
import { wordSpans } from '../../core/text/word-scanner.js';
import { looseLatin, nameTokens, skeletonLatin } from './name-tokens.js';

describe('nameTokens cuts names exactly as the matcher cuts text', () => {
  it.each([
    ['Al-Qaeda in the Arabian Peninsula'],
    ["Sa'ada  Governorate"],
    ['U.S. forces'],
    ['الحُدَيْدَة'],
    ['Zürich'],
    ['Jama’atu Ahlis Sunna'],
    ["Hay'at Tahrir al-Sham (HTS)"],
  ])('"%s"', (name) => {
    const view = normalizeForMatching(name).text;
    const fromText = wordSpans(view).map(([s, e]) => view.slice(s, e));
    expect(nameTokens(name)).toEqual(fromText);
  });
});

describe('looseLatin brings transliteration variants together', () => {
  it.each([
    ['diwaniyah', 'diwaniya'],
    ['ashqelon', 'ashkelon'],
    ['baqouba', 'bakuba'],
    ['baqubah', 'bakuba'],
    ['mussayab', 'musayab'],
    ['الموصل', 'الموصل'],
    ['gaza', 'gaza'],
  ])('%s → %s', (word, loose) => {
    expect(looseLatin(word)).toBe(loose);
  });
});

describe('skeletonLatin brings vowel variants together and keeps different words apart', () => {
  it.each([
    ['mussayab', 'musayyib'],
    ['sharqat', 'shirqat'],
    ['youssifiyah', 'yusufiyah'],
    ['khormato', 'khurmatu'],
    ['urozgan', 'uruzgan'],
  ])('%s meets %s', (a, b) => {
    expect(skeletonLatin(a)).toBe(skeletonLatin(b));
    expect(skeletonLatin(a).startsWith('~')).toBe(true);
  });

  it.each([
    ['kurdish', 'kerdasa'],
    ['iskandariya', 'skandariya'],
  ])('%s stays apart from %s', (a, b) => {
    expect(skeletonLatin(a)).not.toBe(skeletonLatin(b));
  });

  it.each(['shiite', 'army', 'gaza', 'الموصل'])(
    'leaves "%s" alone (too few consonants, or not Latin)',
    (w) => {
      expect(skeletonLatin(w)).toBe(w);
    },
  );
});

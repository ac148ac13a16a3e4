import { describe, expect, it } from 'vitest';
import { profileScript } from './script-profile.js';

describe('profileScript', () => {
  it.each<[string, string, Partial<ReturnType<typeof profileScript>>]>([
    ['Arabic letters, not harakat or digits', 'قُتِلَ ٣', { letters: 3, arabicScript: 3 }],
    ['Arabic-only letters', 'مدينة في', { arabicOnly: 3 }],
    ['Persian letters', 'پلیس گفت', { persianish: 3 }],
    ['Urdu letters', 'ہوئے ہیں', { urdu: 2 }],
    ['Pashto letters', 'ښار کې', { pashto: 2 }],
    ['Sorani letters', 'کەس ڕایگەیاند', { sorani: 3, persianish: 4 }],
    ['Latin letters with accents', 'Café 12', { letters: 4, latin: 4 }],
    ['presentation forms as Arabic script', 'ﻻ', { arabicScript: 1 }],
    ['other scripts as letters only', 'Москва', { letters: 6, latin: 0, arabicScript: 0 }],
  ])('counts %s', (_what, text, expected) => {
    expect(profileScript(text)).toMatchObject(expected);
  });

  it('counts only the requested range', () => {
    expect(profileScript('abc قتل', 4).arabicScript).toBe(3);
  });

  it('counts nothing past the end of the text when the range reaches beyond it', () => {
    expect(profileScript('قتل 5', 0, 40)).toEqual(profileScript('قتل 5'));
  });

  it('starts every profile from zero', () => {
    profileScript('پلیس ښار کەس ہوئے');
    expect(profileScript('abc')).toEqual({ ...profileScript(''), letters: 3, latin: 3 });
  });
});

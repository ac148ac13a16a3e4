import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../core/text/normalize.js';
import { wordSpans } from '../../core/text/word-scanner.js';
import { looseLatin, nameTokens } from './name-tokens.js';

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

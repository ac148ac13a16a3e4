import { describe, expect, it } from 'vitest';
import { foldForSearch, foldName, searchTerms } from './search-terms.js';

describe('search terms', () => {
  it.each([
    ['harakat and tatweel are dropped', 'قُتِلَ الجـنود', 'قتل الجنود'],
    [
      'alef, hamza, ya and ta marbuta are folded',
      'إدلب أو آمرلي مؤتمر رئيس على مدينة',
      'ادلب او امرلي موتمر رييس علي مدينه',
    ],
    ['Persian letters fold to their Arabic twins', 'یک کتاب', 'يك كتاب'],
    ['Arabic-Indic and Persian digits become ASCII', '١٢ و ۳۴', '12 و 34'],
    ['Latin letters are lower-cased', 'Islamic STATE', 'islamic state'],
  ])('%s', (_name, input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it.each([
    ['the conjunction and the article', 'والموصل', ['موصل']],
    ['a preposition', 'لداعش', ['داعش']],
    ['the preposition with the article', 'للمدنيين', ['مدنيين']],
    ['nothing from a short word', 'ولد', ['ولد']],
    ['an English possessive', "Russia's army", ['russia', 'army']],
  ])('strip %s', (_name, input, expected) => {
    expect(searchTerms(input)).toEqual(expected);
  });

  it('gives the same terms whatever the spelling of the same words', () => {
    expect(searchTerms('بالغارة الجوية')).toEqual(searchTerms('غارة جويّة'));
  });

  it('folds a name to its terms joined by spaces', () => {
    expect(foldName('  تنظيم   الدولة ')).toBe('تنظيم دوله');
  });
});

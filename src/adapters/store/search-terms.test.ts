import { describe, expect, it } from 'vitest';
import { foldName, indexTerms, searchTerms, stemMatches, wordPairs } from './search-terms.js';

describe('search terms', () => {
  it.each([
    ['harakat and tatweel are dropped', 'قُتِلَ الجـنود', ['قتل', 'جنود']],
    ['alef, hamza and ta marbuta are folded', 'إدلب مدينة', ['ادلب', 'مدينه']],
    ['Arabic-Indic digits become ASCII', '١٢ قتيلا', ['12', 'قتيلا']],
    ['Latin letters are lower-cased', 'Islamic STATE', ['islamic', 'state']],
    ['the conjunction and the article are stripped', 'والموصل', ['موصل']],
    ['a preposition is stripped', 'لداعش', ['داعش']],
    ['the preposition with the article is stripped', 'للمدنيين', ['مدنيين']],
    ['an English possessive is dropped', 'Russia’s army', ['russia', 'army']],
    ['repeated words give one term', 'strike strike', ['strike']],
  ])('%s', (_name, input, expected) => {
    expect(searchTerms(input)).toEqual(expected);
  });

  it('gives the same terms whatever the spelling of the same words', () => {
    expect(searchTerms('بالغارة الجوية')).toEqual(searchTerms('غارة جويّة'));
  });

  it('folds a name to its terms joined by spaces', () => {
    expect(foldName('  تنظيم   الدولة ')).toBe('تنظيم دوله');
  });

  it('indexes an English word with its marked stem when the two differ', () => {
    expect(indexTerms('Fighters attack')).toEqual(['fighters', '~fighter', 'attack']);
  });

  it('indexes Arabic words and numbers as their terms only', () => {
    expect(indexTerms('قتلى 12')).toEqual(['قتلي', '12']);
  });

  it('finds every inflection an index row stands for', () => {
    const indexed = indexTerms('killed kills killing kill');
    expect(stemMatches('kills').every((term) => indexed.includes(term))).toBe(true);
    expect(indexed).toEqual(['killed', '~kill', 'kills', 'killing', 'kill']);
  });

  it('pairs neighbouring words as folded, in order, each pair once', () => {
    expect(wordPairs('Rebel units shelled the rebel units')).toEqual([
      'rebel units',
      'units shelled',
      'shelled the',
      'the rebel',
    ]);
    expect(wordPairs('بالغارة الجويّة')).toEqual(['غاره جويه']);
    expect(wordPairs('alone')).toEqual([]);
  });

  it('keeps names unstemmed', () => {
    expect(foldName('Islamic State fighters')).toBe('islamic state fighters');
  });
});

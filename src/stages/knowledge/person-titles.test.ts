import { describe, expect, it } from 'vitest';
import { titleAndGivenNameBefore, titleOrNameBefore } from './person-titles.js';

/** Whether the rule finds a person's title or name before the name that ends `text`. */
const before = (rule: (text: string, start: number) => boolean, text: string, name: string): boolean =>
  rule(text, text.lastIndexOf(name));

describe('person titles', () => {
  it.each([
    ['a title', 'They met Capt. Hebron at noon', 'Hebron', true],
    ['a lower-cased title', 'they met sheikh hebron at noon', 'hebron', true],
    ['a lower-cased title with a stop', 'they met dr. hebron at noon', 'hebron', true],
    [
      'a lower-cased title in brackets, two spaces after it',
      'they met (mrs  hebron) at noon',
      'hebron',
      true,
    ],
    ['a word ending as a title does', 'they met hamr hebron at noon', 'hebron', false],
    ['a lower-cased title and two stops', 'they met mr.. hebron at noon', 'hebron', false],
    ['a given name and the article', 'They met Yasin al-Hebron at noon', 'Hebron', true],
    ['a place word and the article', 'They drove to al-Hebron at noon', 'Hebron', false],
    ['no title', 'They drove to Hebron at noon', 'Hebron', false],
  ])('reads %s before a name', (_, text, name, expected) => {
    expect(before(titleOrNameBefore, text, name)).toBe(expected);
  });

  it('reads a title and a given name before a surname, not a title alone', () => {
    expect(before(titleAndGivenNameBefore, 'Major Tomas Jenin spoke', 'Jenin')).toBe(true);
    expect(before(titleAndGivenNameBefore, 'the Major Jenin spoke', 'Jenin')).toBe(false);
  });
});

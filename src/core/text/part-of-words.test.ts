import { describe, expect, it } from 'vitest';
import { IN_PART_OF, nameAfterPartOf } from './part-of-words.js';

describe('the words that put a town in a place named after it', () => {
  it.each([
    [' in southern Varna, where', 'Varna'],
    [' town in the eastern Kestrel hills', 'Kestrel'],
    [' in al-Qurna killing two', 'al-Qurna'],
    [' in the northern countryside of Varna province', 'Varna'],
    [' village in the countryside of the Kestrel plain', 'Kestrel'],
  ])('"%s" names %s', (after, name) => {
    expect(nameAfterPartOf(after)).toBe(name);
  });

  it('names nothing when the town is not followed by "in"', () => {
    expect(nameAfterPartOf(', where troops fired')).toBeNull();
  });

  it('reads the whole gap between two names', () => {
    expect(IN_PART_OF.test(' village in the north-eastern ')).toBe(true);
    expect(IN_PART_OF.test(' in the western countryside of ')).toBe(true);
    expect(IN_PART_OF.test(' near ')).toBe(false);
  });
});

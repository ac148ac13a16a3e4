import { describe, expect, it } from 'vitest';
import { arabicNameAfterRole } from './spokesman-names.js';

describe('a name told right after a spokesman’s or an officer’s title', () => {
  it.each([
    ['a spokesman and the body he speaks for', 'وقال المتحدث باسم الشرطة سامر '],
    ['a spokeswoman', 'واكدت المتحدثة باسم الوزارة ليلى '],
    ['an officer’s rank and two words of his name', 'واضاف العقيد كمال نوري '],
  ])('ends a person’s name: %s', (_why, lead) => {
    expect(arabicNameAfterRole(lead)).toBe(true);
  });

  it.each([
    ['a lead with no title', 'وسقطت قذيفة على سوق '],
    ['a preposition after the title', 'وقال المتحدث باسم الشرطة في '],
    ['a place noun with a proclitic', 'وقال العقيد بمدينة '],
    ['the doctrine, no rank', 'وتحدث عن العقيدة '],
    ['a word with the article', 'وقال المتحدث باسم الجيش الوطني '],
  ])('leaves the name a place: %s', (_why, lead) => {
    expect(arabicNameAfterRole(lead)).toBe(false);
  });
});

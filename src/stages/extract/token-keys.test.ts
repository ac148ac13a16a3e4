import { describe, expect, it } from 'vitest';
import { tokenKeys } from './token-keys.js';

describe('tokenKeys', () => {
  it('gives an English word its lower-cased surface only', () => {
    expect(tokenKeys({ norm: 'shelling', stem: 'shelling' })).toEqual(['shelling']);
    expect(tokenKeys({ norm: 'Shelling', stem: 'Shelling' })).toEqual(['shelling']);
  });

  it("gives an English possessive its surface and its stem without the 's", () => {
    expect(tokenKeys({ norm: "army's", stem: 'army' })).toEqual(["army's", 'army']);
  });

  it('gives an Arabic word its surface, its stem and the surface without each proclitic sequence', () => {
    // Without "وال" the word is its stem already: each key is given once.
    expect(tokenKeys({ norm: 'وبالصواريخ', stem: 'صواريخ' })).toEqual(['وبالصواريخ', 'صواريخ', 'بالصواريخ']);
  });

  it('gives an Arabic word opening with no proclitic letter its surface and its stem only', () => {
    expect(tokenKeys({ norm: 'مسلحيهم', stem: 'مسلحي' })).toEqual(['مسلحيهم', 'مسلحي']);
    expect(tokenKeys({ norm: 'مسلحون', stem: 'مسلحون' })).toEqual(['مسلحون']);
  });

  it('never strips a proclitic that would leave fewer than three letters', () => {
    expect(tokenKeys({ norm: 'وقت', stem: 'وقت' })).toEqual(['وقت']);
  });

  it('answers a surface cut into two different stems with the keys of each', () => {
    const first = tokenKeys({ norm: 'بلدته', stem: 'بلدته' });
    const second = tokenKeys({ norm: 'بلدته', stem: 'بلد' });
    expect(first).toEqual(['بلدته', 'لدته']);
    expect(second).toEqual(['بلدته', 'بلد', 'لدته']);
    expect(tokenKeys({ norm: 'بلدته', stem: 'بلدته' })).toEqual(first);
    expect(tokenKeys({ norm: 'بلدته', stem: 'بلد' })).toEqual(second);
  });
});

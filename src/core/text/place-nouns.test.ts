import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize.js';
import { ARABIC_PLACE_NOUNS, ARABIC_PROVINCE_NOUNS, PROVINCE_NOUNS } from './place-nouns.js';

describe('place nouns', () => {
  it('are written as the folded text they are compared with', () => {
    for (const noun of [...PROVINCE_NOUNS, ...ARABIC_PLACE_NOUNS]) expect(normalizeName(noun)).toBe(noun);
  });

  it('count every Arabic province noun among the place nouns, and no town noun among the provinces', () => {
    for (const noun of ARABIC_PROVINCE_NOUNS) expect(ARABIC_PLACE_NOUNS.has(noun)).toBe(true);
    expect(ARABIC_PROVINCE_NOUNS.has('مدينه')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';
import { foreignArabicSkeleton } from './name-tokens.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every place mention, in text order. */
function places(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('the skeleton of a foreign name written in Arabic letters', () => {
  it('is one for a G written ج, غ or ق, a V written ف or ڤ, and long vowels written or not', () => {
    expect(foreignArabicSkeleton('هامبورج')).toBe(foreignArabicSkeleton('هامبورغ'));
    expect(foreignArabicSkeleton('هامبرج')).toBe(foreignArabicSkeleton('هامبورغ'));
    expect(foreignArabicSkeleton('ڤولفسبورج')).toBe(foreignArabicSkeleton('فولفسبورغ'));
    expect(foreignArabicSkeleton('جلاسكو')).toBe(foreignArabicSkeleton('غلاسكو'));
  });

  it('leaves short words and other scripts as written', () => {
    expect(foreignArabicSkeleton('روما')).toBe('روما');
    expect(foreignArabicSkeleton('Hamburg')).toBe('Hamburg');
  });
});

describe('a foreign town written with another G or V letter', () => {
  it('is met after a place noun', () => {
    expect(places('وقع الحريق في مبنى بمدينة هامبورج أمس.')).toEqual(['هامبورج=place:de:hamburg']);
    expect(places('اعتقلت الشرطة رجلا في مدينة جلاسكو.')).toEqual(['جلاسكو=place:gb:glasgow']);
  });

  it('is not read without a place cue', () => {
    expect(places('قال هامبورج إن الاجتماع انتهى.')).toEqual([]);
  });

  it('is never read into a town of the Arab world, where ج and غ make two words', () => {
    expect(places('سقطت قذيفة في مدينة غبلة.')).not.toContain('غبلة=place:sy:jableh');
  });
});

describe('an Arabic word whose letters spell a foreign name', () => {
  it('is no foreign town when it carries the article', () => {
    expect(foreignArabicSkeleton('الادارية')).toBe('الادارية');
  });
});

describe('an Arabic noun in «ة» whose skeleton meets a foreign town', () => {
  it('is no town: «مدرسة» (a school) is not Madras', () => {
    expect(places('وانفجرت عبوة ناسفة قرب مدرسة في بلدة نائية')).not.toContain('مدرسة=place:in:chennai');
  });
});

describe('a foreign district written with a vowel and «ه» at its end', () => {
  it('is still read by its skeleton: «ايستينيه» is İstinye', () => {
    expect(places('أغلقت الشرطة شارعا قرب حي ايستينيه شمال اسطنبول')).toContain(
      'ايستينيه=place:tr:istanbul:istinye',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { WordBounds, wordSpans } from './word-scanner.js';

const words = (text: string): string[] => wordSpans(text).map((s) => text.slice(...s));

describe('wordSpans', () => {
  it.each([
    ['قتل خمسة أشخاص', ['قتل', 'خمسة', 'أشخاص']],
    ['قُتِلَ شَخصٌ', ['قُتِلَ', 'شَخصٌ']],
    ['بـغـداد', ['بـغـداد']],
    ['قال: «داعش» تبنى الهجوم.', ['قال', 'داعش', 'تبنى', 'الهجوم']],
    ['نعم، لا؛ لماذا؟', ['نعم', 'لا', 'لماذا']],
    ['قتل ١٢ شخصاً', ['قتل', '١٢', 'شخصاً']],
    ['١٬٢٠٠ قتيل', ['١٬٢٠٠', 'قتيل']],
    ['2015م', ['2015م']],
    ['می‌خواهم بروم', ['می‌خواهم', 'بروم']],
    ['(أ ف ب)', ['أ', 'ف', 'ب']],
    ['al-Qaeda', ['al', 'Qaeda']],
    ["Russia's army", ["Russia's", 'army']],
    ['Qur’an', ['Qur’an']],
    ["rebels' base", ['rebels', 'base']],
    ['1,200 killed', ['1,200', 'killed']],
    ['3.5 km', ['3.5', 'km']],
    ['in 2015. Then', ['in', '2015', 'Then']],
    ['U.S.-led', ['U', 'S', 'led']],
    ['e-mail me', ['e', 'mail', 'me']],
    ['😀 fire', ['fire']],
    ['fire😀ash', ['fire', 'ash']],
    ['𝐀𝐁 fire', ['𝐀𝐁', 'fire']],
    ["Qur'an, 1,2", ["Qur'an", '1,2']],
    ['', []],
    ['   ', []],
  ])('cuts %j into %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('scans only the requested range', () => {
    expect(wordSpans('one two three', 4, 13)).toEqual([
      [4, 7],
      [8, 13],
    ]);
  });

  it('stops after the number of words asked for', () => {
    expect(wordSpans('one two three', 0, 13, 2)).toEqual([
      [0, 3],
      [4, 7],
    ]);
    expect(wordSpans('one two', 0, 7, 5)).toHaveLength(2);
    expect(wordSpans('one two', 0, 7, 0)).toEqual([]);
  });
});

describe('WordBounds', () => {
  const pairs = (b: WordBounds): number[][] =>
    Array.from({ length: b.count }, (_, k) => [b.starts[k], b.ends[k]]);

  it('holds the spans of wordSpans, and only those of the last scan', () => {
    const bounds = new WordBounds();
    const long = Array.from({ length: 150 }, (_, i) => `w${i}`).join(' ');
    for (const text of ["al-Qaeda's 1,200 قُتِلَ", long, 'قتل ١٢ شخصاً', '']) {
      expect(pairs(bounds.scan(text, 0, text.length))).toEqual(wordSpans(text));
    }
    expect(pairs(bounds.scan('one two three', 4, 13))).toEqual([
      [4, 7],
      [8, 13],
    ]);
  });

  it('stops after `limit` words as wordSpans does, and a limit past the words changes nothing', () => {
    const bounds = new WordBounds();
    const text = "the ferry's 1,200 passengers waited";
    for (const limit of [0, 1, 2, 4, 9]) {
      expect(pairs(bounds.scan(text, 0, text.length, limit))).toEqual(wordSpans(text, 0, text.length, limit));
    }
    expect(pairs(bounds.scan(text, 4, text.length, 1))).toEqual([[4, 11]]);
  });
});

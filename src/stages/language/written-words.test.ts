import { describe, expect, it } from 'vitest';
import { writtenWord } from './written-words.js';

describe('writtenWord', () => {
  it('gives one entry for a word, wherever and in whichever text it is written', () => {
    const first = writtenWord('قتل 12 شخصا', 7, 11);
    expect(writtenWord('أصيب شخصا واحدا', 5, 9)).toBe(first);
    expect(writtenWord('شخص', 0, 3)).not.toBe(first);
  });

  it('starts empty, so each reader knows what it has not read yet', () => {
    const word = writtenWord('a word nobody has read: zqxjv', 24, 29);
    expect(word).toMatchObject({ tokenRead: false, lexed: false, forms: [], opens: 0 });
  });
});

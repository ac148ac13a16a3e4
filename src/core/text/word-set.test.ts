import { describe, expect, it } from 'vitest';
import { wordSet } from './word-set.js';

describe('wordSet', () => {
  it('holds each listed word whole, and no part or extension of one', () => {
    const set = wordSet('claimed claims');
    expect([...set].sort()).toEqual(['claimed', 'claims']);
    expect(set.has('claim')).toBe(false);
    expect(set.has('claimeds')).toBe(false);
  });

  it('holds each word with every prefix written on it, and the word alone', () => {
    const set = wordSet('قال اعلن', 'و ف');
    expect([...set].sort()).toEqual(['اعلن', 'فاعلن', 'فقال', 'قال', 'واعلن', 'وقال'].sort());
    expect(set.has('بقال')).toBe(false);
  });

  it('reads runs of spaces as one separator', () => {
    expect([...wordSet(' by  to ', ' و ')].sort()).toEqual(['by', 'to', 'وby', 'وto'].sort());
  });
});

import { describe, expect, it } from 'vitest';
import { oncePer } from './once-per.js';

describe('oncePer', () => {
  it('reads an item once and hands back the same answer', () => {
    const calls: string[] = [];
    const read = oncePer((item: { words: string[] }) => {
      calls.push(item.words.join(' '));
      return item.words.filter((w) => w.startsWith('claim'));
    });
    const view = { words: ['the', 'group', 'claimed', 'it'] };
    const first = read(view);
    expect(read(view)).toBe(first);
    expect(first).toEqual(['claimed']);
    expect(calls).toEqual(['the group claimed it']);
  });

  it('reads an equal but distinct item afresh, and keeps an answer of undefined', () => {
    const calls: number[] = [];
    const read = oncePer((item: { n: number }) => {
      calls.push(item.n);
      return item.n > 1 ? item.n : undefined;
    });
    const one = { n: 1 };
    expect(read(one)).toBeUndefined();
    expect(read(one)).toBeUndefined();
    expect(read({ n: 1 })).toBeUndefined();
    expect(calls).toEqual([1, 1]);
  });

  it('reads an item afresh when another was asked about in between', () => {
    const calls: string[] = [];
    const read = oncePer((item: { word: string }) => {
      calls.push(item.word);
      return item.word.length;
    });
    const raid = { word: 'raid' };
    const blast = { word: 'blast' };
    expect([read(raid), read(raid), read(blast), read(raid)]).toEqual([4, 4, 5, 4]);
    expect(calls).toEqual(['raid', 'blast', 'raid']);
  });
});

import { describe, expect, it } from 'vitest';
import { perText } from './per-text.js';

describe('perText', () => {
  const counted = () => {
    const calls: string[] = [];
    const read = perText((item: { word: string }, text: string, from: number) => {
      calls.push(`${item.word}@${from}`);
      return text.indexOf(item.word, from);
    });
    return { calls, read };
  };

  it('reads an item once for one text and offset', () => {
    const { calls, read } = counted();
    const item = { word: 'raid' };
    expect(read(item, 'a raid and a raid', 0)).toBe(2);
    expect(read(item, 'a raid and a raid', 0)).toBe(2);
    expect(calls).toEqual(['raid@0']);
  });

  it('reads again for another text, another offset or another item', () => {
    const { calls, read } = counted();
    const item = { word: 'raid' };
    read(item, 'a raid and a raid');
    expect(read(item, 'a raid and a raid', 5)).toBe(13);
    expect(read(item, 'the raid')).toBe(4);
    expect(read({ word: 'raid' }, 'the raid')).toBe(4);
    expect(calls).toEqual(['raid@0', 'raid@5', 'raid@0', 'raid@0']);
  });

  it('answers again after another text was read in between', () => {
    const { calls, read } = counted();
    const item = { word: 'raid' };
    expect(read(item, 'a raid')).toBe(2);
    expect(read(item, 'the raid')).toBe(4);
    expect(read(item, 'a raid')).toBe(2);
    expect(calls).toEqual(['raid@0', 'raid@0', 'raid@0']);
  });
});

import { describe, expect, it } from 'vitest';
import { sourceLabel } from './source-label.js';

describe('the name the UI gives an article source', () => {
  it('is the address when the article was fetched', () => {
    expect(sourceLabel('https://paper.example/world/77', '/var/spool/in/77.html')).toBe(
      'https://paper.example/world/77',
    );
    expect(sourceLabel(null, 'http://wire.example/item?id=9')).toBe('http://wire.example/item?id=9');
  });

  it('is only the base name of a file read from disk, never its folders', () => {
    expect(sourceLabel(null, '/home/analyst/private/drops/note-three.txt')).toBe('note-three.txt');
    expect(sourceLabel(undefined, '../batches/week-9/item.html')).toBe('item.html');
    expect(sourceLabel(null, 'C:\\Users\\analyst\\inbox\\memo.txt')).toBe('memo.txt');
  });

  it('keeps a bare file name as it is', () => {
    expect(sourceLabel(null, 'memo.txt')).toBe('memo.txt');
  });
});

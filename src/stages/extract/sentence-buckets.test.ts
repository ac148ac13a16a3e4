import { describe, expect, it } from 'vitest';
import type { Token } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { bySentence, tokensBySentence } from './sentence-buckets.js';

const token = (start: number, sentence: number): Token => {
  const span: Span = [start, start + 2];
  return { span, norm: 'ab', stem: 'ab', stemSpan: span, sentence };
};
const starts = (lists: { span: Span }[][]) => lists.map((items) => items.map((i) => i.span[0]));

describe('tokens split by sentence', () => {
  it('cuts each sentence its run of a list written in text order, leaving out tokens of no sentence', () => {
    const tokens = [token(0, -1), token(3, 0), token(6, 0), token(10, 1), token(20, 3)];
    expect(starts(tokensBySentence(tokens, 3))).toEqual([[3, 6], [10], []]);
  });

  it('gives the same lists, in span order, when a token stands out of its run or its order', () => {
    const tokens = [token(6, 0), token(3, 0), token(10, 1), token(13, 0)];
    expect(starts(tokensBySentence(tokens, 2))).toEqual([[3, 6, 13], [10]]);
  });
});

describe('items split by sentence', () => {
  const sentences = [{ span: [0, 10] as Span }, { span: [12, 30] as Span }];
  const item = (start: number) => ({ span: [start, start + 1] as Span });

  it('puts each item in the sentence holding its start and drops one between sentences', () => {
    expect(starts(bySentence([item(2), item(11), item(15)], sentences, [0, 12]))).toEqual([[2], [15]]);
  });

  it('orders each sentence its items by where they start when the list was not in text order', () => {
    expect(starts(bySentence([item(20), item(5), item(14), item(1)], sentences, [0, 12]))).toEqual([
      [1, 5],
      [14, 20],
    ]);
  });
});

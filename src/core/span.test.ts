import { describe, expect, it } from 'vitest';
import { uniqueSpans } from './span.js';

describe('uniqueSpans', () => {
  it('sorts the spans and keeps one of each, the longer after the shorter at one start', () => {
    expect(
      uniqueSpans([
        [9, 12],
        [0, 4],
        [0, 6],
        [9, 12],
        [0, 4],
      ]),
    ).toEqual([
      [0, 4],
      [0, 6],
      [9, 12],
    ]);
  });

  it('keeps spans that only overlap apart', () => {
    expect(
      uniqueSpans([
        [3, 8],
        [0, 5],
      ]),
    ).toEqual([
      [0, 5],
      [3, 8],
    ]);
  });

  it('leaves the list it was given as it was', () => {
    const spans: [number, number][] = [
      [5, 6],
      [1, 2],
      [5, 6],
    ];
    uniqueSpans(spans);
    expect(spans).toEqual([
      [5, 6],
      [1, 2],
      [5, 6],
    ]);
  });
});

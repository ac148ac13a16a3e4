import { describe, expect, it } from 'vitest';
import { firstTellings, type Span, uniqueSpans } from './span.js';

describe('firstTellings', () => {
  it('drops a span told again and keeps the order of the rest', () => {
    expect(
      firstTellings([
        [4, 9],
        [1, 3],
        [4, 9],
        [1, 3],
        [0, 2],
      ]),
    ).toEqual([
      [4, 9],
      [1, 3],
      [0, 2],
    ]);
  });

  it('hands back the very list when nothing repeats', () => {
    const spans: Span[] = [
      [5, 8],
      [1, 3],
    ];
    expect(firstTellings(spans)).toBe(spans);
  });
});

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

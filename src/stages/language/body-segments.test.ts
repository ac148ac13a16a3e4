import { describe, expect, it } from 'vitest';
import type { RemovedSpan } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { bodySegments } from './body-segments.js';

const removed = (...spans: Span[]): RemovedSpan[] =>
  spans.map((span) => ({ span, kind: 'promo', reason: 'test' }));

describe('bodySegments', () => {
  it.each<[string, Span | undefined, RemovedSpan[], Span[]]>([
    ['the whole text when there is no body', undefined, [], [[0, 100]]],
    ['the body alone when nothing was removed', [10, 90], [], [[10, 90]]],
    [
      'the body around one removed part',
      [10, 90],
      removed([40, 50]),
      [
        [10, 40],
        [50, 90],
      ],
    ],
    [
      'the body around removed parts given out of order',
      [0, 100],
      removed([60, 70], [20, 30]),
      [
        [0, 20],
        [30, 60],
        [70, 100],
      ],
    ],
    [
      'nothing twice when removed parts overlap',
      [0, 100],
      removed([20, 40], [30, 50]),
      [
        [0, 20],
        [50, 100],
      ],
    ],
    ['the body when a removed part lies outside it', [10, 50], removed([60, 80]), [[10, 50]]],
    ['the rest when a removed part straddles the body start', [10, 50], removed([0, 20]), [[20, 50]]],
    ['nothing when the whole body was removed', [10, 50], removed([0, 60]), []],
  ])('gives %s', (_what, body, cuts, expected) => {
    expect(bodySegments(100, body, cuts)).toEqual(expected);
  });
});

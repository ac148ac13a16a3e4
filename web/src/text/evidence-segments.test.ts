import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { linesOf, segmentText } from './evidence-segments.js';

describe('evidence segments', () => {
  it('splits overlapping spans into runs that carry both keys', () => {
    expect(
      segmentText(10, [
        { span: [2, 6], key: 'a' },
        { span: [4, 8], key: 'b' },
      ]),
    ).toEqual([
      { start: 0, end: 2, keys: [] },
      { start: 2, end: 4, keys: ['a'] },
      { start: 4, end: 6, keys: ['a', 'b'] },
      { start: 6, end: 8, keys: ['b'] },
      { start: 8, end: 10, keys: [] },
    ]);
  });

  it('clips spans that run past the text and ignores empty ones', () => {
    expect(
      segmentText(5, [
        { span: [3, 40], key: 'a' },
        { span: [2, 2], key: 'b' },
      ]),
    ).toEqual([
      { start: 0, end: 3, keys: [] },
      { start: 3, end: 5, keys: ['a'] },
    ]);
  });

  it('lists a key once when two of its spans cover the same run', () => {
    const segs = segmentText(4, [
      { span: [0, 4], key: 'evidence' },
      { span: [1, 3], key: 'evidence' },
    ]);
    expect(segs.map((s) => s.keys)).toEqual([['evidence'], ['evidence'], ['evidence']]);
  });

  it('always covers the whole text without gaps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 210 }), fc.integer({ min: -5, max: 210 }))),
        (length, spans) => {
          const segs = segmentText(
            length,
            spans.map((span, i) => ({ span, key: `k${i}` })),
          );
          let at = 0;
          for (const s of segs) {
            expect(s.start).toBe(at);
            expect(s.end).toBeGreaterThan(s.start);
            at = s.end;
          }
          expect(at).toBe(length);
        },
      ),
    );
  });

  it('breaks runs at new lines and keeps each line with its offset', () => {
    const text = 'قتل 3\n\nKilled 3 in Mosul';
    const lines = linesOf(text, segmentText(text.length, [{ span: [4, 10], key: 'n' }]));
    expect(lines.map((l) => l.runs.map((r) => [text.slice(r.start, r.end), r.keys]))).toEqual([
      [
        ['قتل ', []],
        ['3', ['n']],
      ],
      [
        ['Kil', ['n']],
        ['led 3 in Mosul', []],
      ],
    ]);
    expect(lines[1].start).toBe(7);
  });
});

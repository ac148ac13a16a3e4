import type { RemovedSpan } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { packedMap } from '../../core/packed-map.js';

/**
 * The parts of the body that are article text: the body span (the whole text when there is none) minus
 * every removed span, in order. Sentences, and so events, are only ever looked for inside these.
 *
 * @example bodySegments(100, [10, 90], [{ span: [40, 50], kind: 'promo', reason: 'x' }]) // [[10,40],[50,90]]
 */
export function bodySegments(textLength: number, body?: Span, removed: readonly RemovedSpan[] = []): Span[] {
  const [from, to] = body ?? [0, textLength];
  // Pushed, not mapped (see `packedMap`): a mapped list turns holey once this is optimised.
  const cuts = packedMap(removed, (r) => r.span)
    .filter((s) => s[1] > from && s[0] < to)
    .sort((a, b) => a[0] - b[0]);
  const segments: Span[] = [];
  let cursor = from;
  for (const [start, end] of cuts) {
    if (start > cursor) segments.push([cursor, Math.min(start, to)]);
    cursor = Math.max(cursor, end);
  }
  if (cursor < to) segments.push([cursor, to]);
  return segments;
}

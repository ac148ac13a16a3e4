import { sortSmall } from './small-sort.js';

/**
 * A half-open range `[start, end)` in UTF-16 code units of a document's decoded text.
 * Every extracted value points back to the words behind it with one or more spans.
 *
 * @example
 * const s: Span = [4, 9]; text.slice(...s) // the five code units from 4
 */
export type Span = readonly [start: number, end: number];

/** A value together with the spans of text that support it. */
export interface Evidenced<T> {
  value: T;
  spans: Span[];
}

/** True when `inner` lies entirely within `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

/** True when the two spans share at least one code unit. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/**
 * `spans` without a span told again, in their order (the first span of a field is the one it is read from):
 * a count and its noun in one word («قتيلين») give the same span twice.
 *
 * @example firstTellings([[4, 9], [4, 9], [1, 3]]) // [[4, 9], [1, 3]]
 */
export function firstTellings(spans: Span[]): Span[] {
  const repeated = (s: Span, i: number) => spans.some((t, j) => j < i && t[0] === s[0] && t[1] === s[1]);
  return spans.some(repeated) ? spans.filter((s, i) => !repeated(s, i)) : spans;
}

/** Sorted, de-duplicated union of span lists (spans are kept apart, not merged). */
export function uniqueSpans(spans: readonly Span[]): Span[] {
  // Most lists hold one span, which a sort would only copy into a work array of its own first.
  if (spans.length < 2) return [...spans];
  const out: Span[] = [];
  // Sorted, equal spans stand next to each other: each is checked against the last kept, no key strings.
  for (const s of sortSmall([...spans], (a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = out.at(-1);
    if (!last || last[0] !== s[0] || last[1] !== s[1]) out.push(s);
  }
  return out;
}

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

/** Sorted, de-duplicated union of span lists (spans are kept apart, not merged). */
export function uniqueSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const key = `${s[0]}:${s[1]}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(s);
    }
  }
  return out;
}

/** A labelled span of the article text: `key` names what it supports ('fatalities', 'removed:promo' …). */
export interface Mark {
  span: readonly [number, number];
  key: string;
}

/** A run of text under the same set of marks; `keys` follow the order the marks were given in. */
export interface Segment {
  start: number;
  end: number;
  keys: string[];
}

/**
 * Cuts `[0, length)` into runs at every mark boundary, so overlapping and nested spans each stay visible.
 * Spans outside the text are clipped; empty ones are ignored.
 *
 * @example
 * segmentText(10, [{ span: [2, 6], key: 'a' }, { span: [4, 8], key: 'b' }])
 * // [{0,2,[]}, {2,4,['a']}, {4,6,['a','b']}, {6,8,['b']}, {8,10,[]}]
 */
export function segmentText(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks
    .map((m, order) => ({
      start: Math.max(0, m.span[0]),
      end: Math.min(length, m.span[1]),
      key: m.key,
      order,
    }))
    .filter((m) => m.start < m.end);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const keys = valid.filter((m) => m.start <= start && end <= m.end).map((m) => m.key);
    segments.push({ start, end, keys: [...new Set(keys)] });
  }
  return segments;
}

/** A line of the article with its runs; `start` is the line's offset in the text. */
export interface Line {
  start: number;
  runs: Segment[];
}

/**
 * Splits segments at line breaks so each paragraph can get its own `dir="auto"`: a Latin line inside an
 * Arabic article then reads left to right while its neighbours read right to left.
 *
 * @example linesOf('ab\ncd', [{ start: 0, end: 5, keys: [] }]) // two lines: 'ab' at 0 and 'cd' at 3
 */
export function linesOf(text: string, segments: readonly Segment[]): Line[] {
  const lines: Line[] = [{ start: 0, runs: [] }];
  for (const seg of segments) {
    let from = seg.start;
    let nl = text.indexOf('\n', from);
    while (nl !== -1 && nl < seg.end) {
      if (nl > from) lines[lines.length - 1].runs.push({ start: from, end: nl, keys: seg.keys });
      lines.push({ start: nl + 1, runs: [] });
      from = nl + 1;
      nl = text.indexOf('\n', from);
    }
    if (from < seg.end) lines[lines.length - 1].runs.push({ start: from, end: seg.end, keys: seg.keys });
  }
  return lines.filter((line) => line.runs.some((r) => text.slice(r.start, r.end).trim() !== ''));
}

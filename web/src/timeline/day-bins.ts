/** One bar of the timeline: the days [start, end] (inclusive, YYYY-MM-DD) and their events. */
export interface DayBin {
  start: string;
  end: string;
  count: number;
}

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** @example addDays('2024-02-28', 2) === '2024-03-01' */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/**
 * Turns per-day counts into at most `maxBars` equal bins covering every day from the first to the last,
 * empty days included, so the bars' widths are proportional to time; the axis spans at least `minDays`. Keys that are not whole days
 * (month- or year-precision dates) have no place on a day axis and are left out.
 *
 * @example
 * binDays([{ key: '2024-03-01', count: 2 }, { key: '2024-03-03', count: 1 }], 100)
 * // [{start:'2024-03-01',end:'2024-03-01',count:2}, {…'2024-03-02',count:0}, {…'2024-03-03',count:1}]
 */
export function binDays(
  rows: readonly { key: string; count: number }[],
  maxBars: number,
  minDays = 1,
): DayBin[] {
  const days = rows.filter((r) => DAY.test(r.key)).sort((a, b) => a.key.localeCompare(b.key));
  if (days.length === 0) return [];
  let first = days[0].key;
  let span = daysBetween(first, days[days.length - 1].key) + 1;
  if (span < minDays) {
    // A day or two of data would otherwise fill the chart with one or two slabs; centre them in a wider axis.
    first = addDays(first, -Math.floor((minDays - span) / 2));
    span = minDays;
  }
  const width = Math.max(1, Math.ceil(span / Math.max(1, maxBars)));
  const bins: DayBin[] = [];
  for (let offset = 0; offset < span; offset += width) {
    bins.push({ start: addDays(first, offset), end: addDays(first, offset + width - 1), count: 0 });
  }
  for (const row of days) bins[Math.floor(daysBetween(first, row.key) / width)].count += row.count;
  return bins;
}

/**
 * The date range covered by the bars between two indices, in either order: what a brush selects.
 *
 * @example rangeOfBins(bins, 4, 2) // { since: bins[2].start, until: bins[4].end }
 */
export function rangeOfBins(bins: readonly DayBin[], a: number, b: number): { since: string; until: string } {
  const lo = Math.max(0, Math.min(a, b));
  const hi = Math.min(bins.length - 1, Math.max(a, b));
  return { since: bins[lo].start, until: bins[hi].end };
}

/** Share of the events a focused axis may leave out, at each end; one event always may. */
const TAIL_SHARE = 0.01;
/** How many times shorter the focused axis must be than the whole before a few far days are left out. */
const FOCUS_GAIN = 4;

/**
 * The days most events fall on: a handful of far days (a 1945 bombing an article recalls, beside a month of
 * news) would squeeze every bar of the month into one. Up to 1% of the events at each end, and at least one,
 * are set aside when that makes the axis at least four times shorter; their counts are returned for the
 * caption. At least one: a search matching 40 events, one of them the 1945 bombing, drew a single bar.
 *
 * @example focusDays([{ key: '1945-08-06', count: 1 }, …a month of 2017 with 300 events]) // { rows: the month, earlier: 1, later: 0 }
 */
export function focusDays(rows: readonly { key: string; count: number }[]): {
  rows: { key: string; count: number }[];
  earlier: number;
  later: number;
} {
  const days = rows.filter((r) => DAY.test(r.key)).sort((a, b) => a.key.localeCompare(b.key));
  const total = days.reduce((n, r) => n + r.count, 0);
  const spare = Math.max(1, Math.floor(total * TAIL_SHARE));
  let lo = 0;
  let earlier = 0;
  while (lo < days.length - 1 && earlier + days[lo].count <= spare) earlier += days[lo++].count;
  let hi = days.length - 1;
  let later = 0;
  while (hi > lo && later + days[hi].count <= spare) later += days[hi--].count;
  const whole = days.length ? daysBetween(days[0].key, days[days.length - 1].key) + 1 : 0;
  const focused = days.length ? daysBetween(days[lo].key, days[hi].key) + 1 : 0;
  if (focused * FOCUS_GAIN > whole) return { rows: days, earlier: 0, later: 0 };
  return { rows: days.slice(lo, hi + 1), earlier, later };
}

/**
 * How many days each bar of `binDays` covers (they are all as wide), for the caption: "per day" is only
 * true when the axis is short enough.
 *
 * @example daysPerBar([{ start: '2024-03-01', end: '2024-03-07', count: 4 }]) === 7
 */
export function daysPerBar(bins: readonly DayBin[]): number {
  return bins.length === 0 ? 1 : daysBetween(bins[0].start, bins[0].end) + 1;
}

import {
  dayNumber,
  daysInMonth,
  formatDay,
  formatMonth,
  fromDayNumber,
  parseReferenceDate,
  weekday,
  type DayNumber,
} from './calendar-math.js';
import { signed, type DateSpec, type Resolved } from './date-spec.js';
import type { PeriodPart, Season } from './time-lexicon.js';

const SEASON_MONTHS: Record<Season, number> = { winter: 12, spring: 3, summer: 6, autumn: 9 };

/** A year, month or calendar week named from the reference date ("last month", "this week"). */
export function period(spec: Extract<DateSpec, { kind: 'period' }>, ref: DayNumber): Resolved {
  const r = fromDayNumber(ref);
  if (spec.unit === 'year')
    return {
      value: String(r.year + spec.offset),
      precision: 'year',
      reason: `reference year ${signed(spec.offset)}`,
    };
  if (spec.unit === 'month') {
    const index = r.year * 12 + r.month - 1 + spec.offset;
    const value = formatMonth(Math.floor(index / 12), (index % 12) + 1);
    return { value, precision: 'month', reason: `reference month ${signed(spec.offset)}` };
  }
  const start = ref - ((weekday(ref) - spec.weekStart + 7) % 7) + 7 * spec.offset;
  const end = spec.offset === 0 ? ref : start + 6;
  const reason = `calendar week (from ${spec.weekStart === 6 ? 'Saturday' : 'Monday'}) ${signed(spec.offset)} from the reference date`;
  return vagueRun(start, end, reason);
}

/**
 * A run of days the text names without its day ("last week", "in recent days"): the month that holds it, or
 * its year (years) when it may cross a month's end. A day would claim what the words do not say.
 */
export function vagueRun(first: DayNumber, last: DayNumber, reason: string): Resolved {
  const [a, b] = [fromDayNumber(first), fromDayNumber(last)];
  const why = `${reason} (${formatDay(first)}..${formatDay(last)})`;
  if (a.year === b.year && a.month === b.month)
    return { value: formatMonth(a.year, a.month), precision: 'month', reason: `${why}: its month` };
  const end = b.year === a.year ? {} : { end: String(b.year) };
  return {
    value: String(a.year),
    ...end,
    precision: 'year',
    reason: `${why}: its year, as it crosses a month's end`,
  };
}

/** A season with its year, or the latest (next, previous) one begun by the reference month. */
export function season(spec: Extract<DateSpec, { kind: 'season' }>, ref: DayNumber | null): Resolved {
  const first = SEASON_MONTHS[spec.season];
  let year = spec.year;
  if (year === undefined) {
    if (ref === null)
      return { value: null, precision: 'month', reason: 'season without a year; no reference date' };
    const r = fromDayNumber(ref);
    // Winter is named by the year of its January; the season that has begun by the reference month counts.
    const startIndex = (y: number) => (spec.season === 'winter' ? (y - 1) * 12 + 11 : y * 12 + first - 1);
    const refIndex = r.year * 12 + r.month - 1;
    year = r.year + 1;
    while (startIndex(year) > refIndex) year--;
    if (spec.direction === -1 && startIndex(year) + 2 >= refIndex) year--;
    if (spec.direction === 1) year++;
  }
  const startYear = spec.season === 'winter' ? year - 1 : year;
  const endMonth = ((first + 1) % 12) + 1;
  const value = formatMonth(startYear, first);
  const end = formatMonth(year, endMonth);
  return {
    value,
    end,
    precision: 'month',
    reason: `${spec.season}: meteorological season (northern hemisphere)`,
  };
}

/**
 * A decade is a run of ten years ("1970".."1979"), never one month or day. Without its century, it is the
 * latest such decade begun by the reference year ("the eighties" in 2015: the 1980s).
 */
export function decadeSpan(spec: Extract<DateSpec, { kind: 'decade' }>, ref: DayNumber | null): Resolved {
  let century = spec.century;
  let how = 'explicit decade';
  if (century === undefined) {
    if (ref === null)
      return { value: null, precision: 'year', reason: 'decade without its century; no reference date' };
    const year = fromDayNumber(ref).year;
    const offset = spec.centuryOffset ?? 0;
    century = Math.floor(year / 100) + offset;
    if (spec.centuryOffset === undefined && century * 100 + spec.tens * 10 > year) century--;
    how = offset
      ? `decade of the reference century ${signed(offset)}`
      : 'latest such decade by the reference year';
  }
  const first = century * 100 + spec.tens * 10;
  return { value: String(first), end: String(first + 9), precision: 'year', reason: how };
}

/** Days a run of days must span to be a month whose parts can be named. */
const MONTH_RUN = 27;
/**
 * Narrows a resolved month, Hijri month, run of years or year to its early, mid or late part; anything
 * else is kept whole.
 */
export function narrow(r: Resolved, part: PeriodPart): Resolved {
  const value = r.value as string;
  const reason = `${r.reason}; ${part} part`;
  if (r.precision === 'month' && !r.end) {
    const [y, m] = value.split('-').map(Number);
    const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, daysInMonth(y, m)];
    return {
      value: formatDay(dayNumber(y, m, from)),
      end: formatDay(dayNumber(y, m, to)),
      precision: 'day',
      reason,
    };
  }
  // A Hijri month is a run of days: "العشر الأواخر من رمضان" is its last third, as for a calendar month.
  const first = parseReferenceDate(value);
  const last = parseReferenceDate(r.end ?? null);
  if (r.precision === 'day' && first !== null && last !== null && last - first >= MONTH_RUN) {
    const [from, to] =
      part === 'early' ? [first, first + 9] : part === 'mid' ? [first + 10, first + 19] : [first + 20, last];
    return { value: formatDay(from), end: formatDay(to), precision: 'day', reason };
  }
  // "late 1970s": the last third of a run of years.
  if (r.precision === 'year' && r.end) {
    const [from, to] = [+value, +r.end];
    const cut = (share: number) => from + Math.round(((to - from + 1) * share) / 3);
    const [a, b] =
      part === 'early' ? [from, cut(1) - 1] : part === 'mid' ? [cut(1), cut(2) - 1] : [cut(2), to];
    return { value: String(a), end: String(b), precision: 'year', reason };
  }
  if (r.precision === 'year') {
    const [from, to] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
    return { value: formatMonth(+value, from), end: formatMonth(+value, to), precision: 'month', reason };
  }
  return { ...r, reason };
}

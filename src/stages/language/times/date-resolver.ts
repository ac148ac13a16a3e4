import type { DatePrecision } from '../../../core/records.js';
import {
  dayNumber,
  daysInMonth,
  formatDay,
  formatMonth,
  fromDayNumber,
  isValidDate,
  parseReferenceDate,
  weekday,
  type DayNumber,
} from './calendar-math.js';
import { hijriToGregorian, hijriYearOf, hijriYearSpan } from './hijri-converter.js';
import type { PeriodPart, Season, Unit } from './time-lexicon.js';

/** What a time expression says, before it is placed on the calendar. */
export type DateSpec =
  | {
      kind: 'date';
      calendar: 'gregorian' | 'hijri';
      year?: number;
      /** The year named from the reference year: "3 أغسطس العام الماضي", "in June last year". */
      yearOffset?: number;
      month: number;
      day?: number;
      direction?: -1 | 0 | 1;
    }
  | { kind: 'year'; calendar: 'gregorian' | 'hijri'; year: number }
  /** `told`: counted from the day the story last told ("the previous day"); the caller picks the reference. */
  | { kind: 'relative-day'; offset: number; weekday?: number; told?: boolean }
  /** The weekend from `firstDay` (5 = Friday): −1 "last", 0 "this", 1 "next", none told ("over the weekend"). */
  | { kind: 'weekend'; firstDay: number; direction?: -1 | 0 | 1 }
  | { kind: 'month-day'; day: number; offset: number }
  /** `week`: the calendar week it lies in, counted from the reference date's ("Monday last week"). */
  | { kind: 'weekday'; weekday: number; direction: -1 | 0 | 1; week?: { offset: number; weekStart: number } }
  | { kind: 'period'; unit: Unit; offset: number; weekStart: number }
  /** The `days` days up to the reference date, told vaguely ("in recent days"). */
  | { kind: 'recent'; days: number }
  | { kind: 'season'; season: Season; year?: number; direction?: -1 | 0 | 1 }
  /** `century` 19 = the 1900s; without it the decade lies in the reference century (or the one before). */
  | { kind: 'decade'; tens: number; century?: number; centuryOffset?: number };

/** A spec placed on the calendar: value (and end for spans), precision, and why. */
export interface Resolved {
  value: string | null;
  end?: string;
  precision: DatePrecision;
  reason: string;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEASON_MONTHS: Record<Season, number> = { winter: 12, spring: 3, summer: 6, autumn: 9 };

/**
 * Places a spec on the calendar against the reference day (null = unknown: anything that needs it gets
 * value null). A part ("early", "mid", "late") narrows a month to days 1–10, 11–20, 21–end and a year to
 * months 1–4, 5–8, 9–12.
 *
 * @example resolveSpec({ kind: 'relative-day', offset: -1 }, dayNumber(2015, 7, 22)).value === '2015-07-21'
 */
export function resolveSpec(spec: DateSpec, ref: DayNumber | null, part?: PeriodPart): Resolved {
  const r = resolveWhole(spec, ref);
  // "مطلع الأسبوع الماضي": a week is already told by its month (see `vagueRun`), not by its days.
  const week = spec.kind === 'period' && spec.unit === 'week';
  return part && r.value && !week ? narrow(r, part) : r;
}

function resolveWhole(spec: DateSpec, ref: DayNumber | null): Resolved {
  const unknown = (precision: DatePrecision, reason: string): Resolved => ({
    value: null,
    precision,
    reason: `${reason}; no reference date`,
  });
  switch (spec.kind) {
    case 'date':
      return spec.calendar === 'hijri' ? hijriDate(spec, ref) : gregorianDate(spec, ref);
    case 'month-day': {
      if (ref === null) return unknown('day', 'day of a month relative to the reference date');
      const r = fromDayNumber(ref);
      const index = r.year * 12 + r.month - 1 + spec.offset;
      const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
      if (!isValidDate(year, month, spec.day))
        return { value: null, precision: 'day', reason: 'no such date' };
      return {
        value: formatDay(dayNumber(year, month, spec.day)),
        precision: 'day',
        reason: `day ${spec.day} of the reference month ${signed(spec.offset)}`,
      };
    }
    case 'year': {
      if (spec.calendar === 'gregorian')
        return { value: String(spec.year), precision: 'year', reason: 'explicit year' };
      const { first, last } = hijriYearSpan(spec.year);
      const reason = `Hijri year ${spec.year} converted`;
      return { value: formatDay(first), end: formatDay(last), precision: 'day', reason };
    }
    case 'relative-day': {
      if (ref === null) return unknown('day', 'day relative to the reference date');
      const day = ref + spec.offset;
      // "أمس الجمعة" against a reference date that is not a Saturday: papers re-date wire reports (and
      // corpora record the day they fetched a page), so the weekday, tied to the writing, is the better
      // witness: the latest such weekday on or before the relative day.
      if (spec.weekday !== undefined && spec.weekday !== weekday(day)) {
        const named = day - ((weekday(day) - spec.weekday + 7) % 7);
        const [said, was] = [WEEKDAY_NAMES[spec.weekday], WEEKDAY_NAMES[weekday(day)]];
        return {
          value: formatDay(named),
          precision: 'day',
          reason: `the text names ${said}, but reference date ${signed(spec.offset)} days is a ${was}: latest ${said} on or before it`,
        };
      }
      return {
        value: formatDay(day),
        precision: 'day',
        reason: `reference date ${signed(spec.offset)} days`,
      };
    }
    case 'weekday': {
      if (ref === null) return unknown('day', 'weekday');
      if (spec.week) {
        const start = ref - ((weekday(ref) - spec.week.weekStart + 7) % 7) + 7 * spec.week.offset;
        const day = start + ((spec.weekday - spec.week.weekStart + 7) % 7);
        return {
          value: formatDay(day),
          precision: 'day',
          reason: `weekday of the week ${signed(spec.week.offset)}`,
        };
      }
      if (spec.direction === 1) {
        const ahead = (spec.weekday - weekday(ref) + 7) % 7 || 7;
        return {
          value: formatDay(ref + ahead),
          precision: 'day',
          reason: 'first such weekday after the reference date',
        };
      }
      const back = (weekday(ref) - spec.weekday + 7) % 7 || (spec.direction === -1 ? 7 : 0);
      const reason = `latest such weekday ${spec.direction === -1 ? 'before' : 'on or before'} the reference date`;
      return { value: formatDay(ref - back), precision: 'day', reason };
    }
    case 'weekend':
      return ref === null ? unknown('day', 'weekend') : weekend(spec, ref);
    case 'period':
      return ref === null
        ? unknown(spec.unit === 'year' ? 'year' : 'month', `${spec.unit} relative`)
        : period(spec, ref);
    case 'season':
      return season(spec, ref);
    case 'recent':
      return ref === null
        ? unknown('month', 'recent days')
        : vagueRun(ref - spec.days, ref, `the ${spec.days} days up to the reference date`);
    case 'decade':
      return decadeSpan(spec, ref);
  }
}

/**
 * "over the weekend": the latest weekend begun by the reference date, cut at it (a paper out on the Saturday
 * has not seen the Sunday); "this weekend" the nearer one, ahead from the fourth day after it begins. A
 * weekend is told as the run of its days.
 */
function weekend(spec: Extract<DateSpec, { kind: 'weekend' }>, ref: DayNumber): Resolved {
  const since = (weekday(ref) - spec.firstDay + 7) % 7;
  const ahead = spec.direction === 1 || (spec.direction === 0 && since >= NEARER_WEEKEND_AHEAD);
  let first = ref - since + (ahead ? 7 : 0);
  if (spec.direction === -1 && first + 1 >= ref) first -= 7;
  const last = ahead ? first + 1 : Math.min(first + 1, ref);
  const which = ahead ? 'next' : spec.direction === -1 ? 'latest ended' : 'latest begun';
  return {
    value: formatDay(first),
    ...(last > first ? { end: formatDay(last) } : {}),
    precision: 'day',
    reason: `the ${which} weekend (from ${WEEKDAY_NAMES[spec.firstDay]}) by the reference date`,
  };
}

/** Days after a weekend begins from which "this weekend" is the one ahead (a Wednesday for Saturday's). */
const NEARER_WEEKEND_AHEAD = 4;

/** Days after the reference a bare date may lie and still be read in its year (a month ahead, not a year back). */
const DAYS_AHEAD = 31;

function gregorianDate(spec: Extract<DateSpec, { kind: 'date' }>, ref: DayNumber | null): Resolved {
  const precision: DatePrecision = spec.day ? 'day' : 'month';
  if (spec.year !== undefined) return datedIn(spec.year, spec, 'explicit date');
  if (ref === null) return { value: null, precision, reason: 'no year given; no reference date' };
  const r = fromDayNumber(ref);
  if (spec.yearOffset !== undefined)
    return datedIn(r.year + spec.yearOffset, spec, `year: reference year ${signed(spec.yearOffset)}`);
  // Compare positions within the year, month first; a bare date is the latest one not after the reference,
  // "الماضي"/"last" the latest one before it, "المقبل"/"next" the first one after it.
  const here = r.month * 100 + (spec.day ? r.day : 0);
  const there = spec.month * 100 + (spec.day ?? 0);
  const direction = spec.direction;
  let year = r.year;
  // "الجاري"/"this": the reference year as it stands; otherwise move to the nearest year on the right side.
  if (direction === 1 && there <= here) year++;
  // A day within a month after the reference is the days just ahead (or a report's own late date), not the
  // same day a year earlier.
  const justAhead =
    spec.day !== undefined &&
    isValidDate(r.year, spec.month, spec.day) &&
    dayNumber(r.year, spec.month, spec.day) - ref <= DAYS_AHEAD;
  if (direction === undefined && there > here && !justAhead) year--;
  if (direction === -1 && there >= here) year--;
  const value = spec.day ? formatDay(dayNumber(year, spec.month, spec.day)) : formatMonth(year, spec.month);
  const which =
    direction === 1
      ? 'next such'
      : direction === -1
        ? 'latest such (before)'
        : direction === 0
          ? 'current'
          : 'latest such';
  return {
    value,
    precision,
    reason: `no year given: the ${which} ${spec.day ? 'date' : 'month'} from the reference date`,
  };
}

/** The spec's month (and day) in `year`. */
function datedIn(year: number, spec: Extract<DateSpec, { kind: 'date' }>, reason: string): Resolved {
  const precision: DatePrecision = spec.day ? 'day' : 'month';
  if (spec.day && !isValidDate(year, spec.month, spec.day))
    return { value: null, precision, reason: 'no such date' };
  const value = spec.day ? formatDay(dayNumber(year, spec.month, spec.day)) : formatMonth(year, spec.month);
  return { value, precision, reason };
}

function hijriDate(spec: Extract<DateSpec, { kind: 'date' }>, ref: DayNumber | null): Resolved {
  if (spec.year === undefined) {
    if (ref === null)
      return { value: null, precision: 'day', reason: 'Hijri month without a year; no reference date' };
    // "رمضان", "رمضان الماضي": the latest such month begun by the reference date (ended, for "الماضي").
    const current = hijriYearOf(ref);
    const span = (y: number) => hijriMonthSpan(y, spec.month);
    const year =
      spec.direction === 1
        ? [current, current + 1].find((y) => span(y).first > ref)
        : [current + 1, current, current - 1].find((y) =>
            spec.direction === -1 ? span(y).last < ref : span(y).first <= ref,
          );
    const placed = hijriDate({ ...spec, year: year ?? current }, ref);
    return {
      ...placed,
      reason: `${placed.reason}; no year given: the ${spec.direction === 1 ? 'next' : 'latest'} such month from the reference date`,
    };
  }
  const how = (m: string) =>
    `Hijri date converted (${m === 'umm-al-qura' ? 'Umm al-Qura, ICU table' : 'tabular'})`;
  if (spec.day) {
    const { day, method } = hijriToGregorian(spec.year, spec.month, spec.day);
    return { value: formatDay(day), precision: 'day', reason: how(method) };
  }
  const { first, last, method } = hijriMonthSpan(spec.year, spec.month);
  return { value: formatDay(first), end: formatDay(last), precision: 'day', reason: how(method) };
}

function hijriMonthSpan(year: number, month: number): { first: DayNumber; last: DayNumber; method: string } {
  const first = hijriToGregorian(year, month, 1);
  const next = month === 12 ? hijriToGregorian(year + 1, 1, 1) : hijriToGregorian(year, month + 1, 1);
  return { first: first.day, last: next.day - 1, method: first.method };
}

function period(spec: Extract<DateSpec, { kind: 'period' }>, ref: DayNumber): Resolved {
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
function vagueRun(first: DayNumber, last: DayNumber, reason: string): Resolved {
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

function season(spec: Extract<DateSpec, { kind: 'season' }>, ref: DayNumber | null): Resolved {
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
function decadeSpan(spec: Extract<DateSpec, { kind: 'decade' }>, ref: DayNumber | null): Resolved {
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

function narrow(r: Resolved, part: PeriodPart): Resolved {
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

function signed(n: number): string {
  return n < 0 ? `− ${-n}` : `+ ${n}`;
}

import type { DatePrecision } from '../../../core/records.js';
import {
  dayNumber,
  formatDay,
  formatMonth,
  fromDayNumber,
  isValidDate,
  type DayNumber,
} from './calendar-math.js';
import type { DateSpec, Resolved } from './date-spec.js';
import { signed } from './date-spec.js';
import { hijriToGregorian, hijriYearOf } from './hijri-converter.js';

/** Days after the reference a bare date may lie and still be read in its year (a month ahead, not a year back). */
const DAYS_AHEAD = 31;

/**
 * A Gregorian month (and day): in its own year, in the year named from the reference year, or, with no year,
 * the nearest such date on the side of the reference date its direction says.
 */
export function gregorianDate(spec: Extract<DateSpec, { kind: 'date' }>, ref: DayNumber | null): Resolved {
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

/**
 * A Hijri month (and day) converted to Gregorian days: a day, or the run of a month's days; with no year,
 * the latest (or next) such month from the reference date.
 */
export function hijriDate(spec: Extract<DateSpec, { kind: 'date' }>, ref: DayNumber | null): Resolved {
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

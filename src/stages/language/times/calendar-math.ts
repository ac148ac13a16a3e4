/** A calendar day as a count of days since 1970-01-01 (UTC), so that day arithmetic is integer arithmetic. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** @example dayNumber(1970, 1, 2) === 1 */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** @example fromDayNumber(1) // { year: 1970, month: 1, day: 2 } */
export function fromDayNumber(n: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. @example weekday(dayNumber(2015, 7, 24)) === 5 */
export function weekday(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** @example daysInMonth(2016, 2) === 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the day exists in the Gregorian calendar. @example isValidDate(2015, 2, 30) === false */
export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** @example formatDay(dayNumber(2015, 7, 2)) === '2015-07-02' */
export function formatDay(n: DayNumber): string {
  const { year, month, day } = fromDayNumber(n);
  return `${formatMonth(year, month)}-${String(day).padStart(2, '0')}`;
}

/** @example formatMonth(2015, 7) === '2015-07' */
export function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * Reads a reference date: 'YYYY-MM-DD', or a timestamp that starts with one. Anything else is unknown.
 *
 * @example parseReferenceDate('2015-07-22T10:00:00Z') === dayNumber(2015, 7, 22); parseReferenceDate(null) === null
 */
export function parseReferenceDate(value: string | null): DayNumber | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m || !isValidDate(+m[1], +m[2], +m[3])) return null;
  return dayNumber(+m[1], +m[2], +m[3]);
}

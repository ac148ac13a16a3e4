import type { DateRef, TimeExpression } from '../../core/records.js';
import { DAY_MS, middleOfRun } from '../../core/day-ms.js';
import { dateRef } from '../../core/record-refs.js';

/** Days a run may span and still be told of the incident by its first day in the extract stage. */
const RUN_DAYS = 7;

/**
 * "between Monday and Wednesday", "over the weekend", "من 3 إلى 5 يوليو": an incident dated by a run of a
 * few days is told by the run's month, or by its year when the run crosses a month's end, as the guide
 * tells every span; a record holds no range, and its first day would claim what the words do not say.
 * Returns the date to keep (unchanged when its words name one day).
 */
export function runAsSpan(date: DateRef | null, times: readonly TimeExpression[]): DateRef | null {
  if (date?.precision !== 'day') return date;
  const t = ownRun(date, times);
  if (!t || t.value !== date.value) return date;
  if (Date.parse(t.end) - Date.parse(t.value) > RUN_DAYS * DAY_MS) return date;
  const sameMonth = t.value.slice(0, 7) === t.end.slice(0, 7);
  return sameMonth
    ? dateRef(t.value.slice(0, 7), 'month', date.spans, date.basis)
    : dateRef(t.value.slice(0, 4), 'year', date.spans, date.basis);
}

/**
 * The run of days or months that the date's own words name ("between Monday and Wednesday", "during
 * Ramadan", "the summer of 2014"), if they name one; not a run of years, nor a date carried to the incident.
 */
export function ownRun(
  date: DateRef | null,
  times: readonly TimeExpression[],
): { value: string; end: string } | null {
  const t = ownTime(date, times);
  if (!t?.value || !t.end || t.end === t.value || t.precision === 'year') return null;
  return { value: t.value, end: t.end };
}

/**
 * Whether the date's own words name a run of years ("in the 1990s", "between 2003 and 2008"): news of the
 * day is never dated by such a stretch, so it tells history even where no publication date says how old.
 */
export function toldAsYears(date: DateRef, times: readonly TimeExpression[]): boolean {
  const t = ownTime(date, times);
  return t?.precision === 'year' && !!t.value && !!t.end && t.end.slice(0, 4) !== t.value.slice(0, 4);
}

/** The time expression that is the date's own words, when one expression alone gave it (not a carried date). */
function ownTime(date: DateRef | null, times: readonly TimeExpression[]): TimeExpression | undefined {
  if (!date || date.basis || date.spans.length !== 1) return undefined;
  const [from, to] = date.spans[0];
  return times.find((x) => x.span[0] === from && x.span[1] === to);
}

/**
 * The day a date weighs as against the publication date: its own day, or the middle of the run its words
 * name (a month counts from its middle; so does "during Ramadan", told as its year).
 */
export function weighedDay(date: DateRef, times: readonly TimeExpression[]): string {
  if (date.precision === 'day') return date.value;
  const run = ownRun(date, times);
  return run ? middleOfRun(run.value, run.end) : date.value;
}

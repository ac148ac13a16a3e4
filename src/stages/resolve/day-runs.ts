import type { DateRef, TimeExpression } from '../../core/records.js';
import { DAY_MS } from '../../core/day-ms.js';

/** Days a run may span and still be told of the incident by its first day in the extract stage. */
const RUN_DAYS = 7;

/**
 * "between Monday and Wednesday", "over the weekend", "من 3 إلى 5 يوليو": an incident dated by a run of a
 * few days is told by the run's month, or by its year when the run crosses a month's end, as the guide
 * tells every span; a record holds no range, and its first day would claim what the words do not say.
 * Returns the date to keep (unchanged when its words name one day).
 */
export function runAsSpan(date: DateRef | null, times: readonly TimeExpression[]): DateRef | null {
  if (date?.precision !== 'day' || date.spans.length !== 1) return date;
  const [from, to] = date.spans[0];
  const t = times.find((x) => x.span[0] === from && x.span[1] === to);
  if (!t?.end || !t.value || t.value !== date.value || t.end === t.value) return date;
  if (Date.parse(t.end) - Date.parse(t.value) > RUN_DAYS * DAY_MS) return date;
  const sameMonth = t.value.slice(0, 7) === t.end.slice(0, 7);
  return sameMonth
    ? { ...date, value: t.value.slice(0, 7), precision: 'month' }
    : { ...date, value: t.value.slice(0, 4), precision: 'year' };
}

import type { EventRecord, TimeExpression } from '../../core/records.js';
import { DAY_MS } from '../../core/day-ms.js';
import { toldAsYears, weighedDay } from './day-runs.js';

/** ACLED and the annotation guide call an incident historical when it is more than about 30 days old. */
const HISTORICAL_DAYS = 30;

/**
 * Current or historical against the reference date (publication, else the configured day). A clause told
 * as background keeps the `historical` the extract stage gave it, unless its own words date it to a day
 * within the month ("similar shelling of Saraqib on Monday that killed nine": a recalled incident, yet
 * current news). A month counts from its middle (June is history in late July), a year only when it is
 * an earlier year. A stretch the date's own words name ("during Ramadan", told as its year) counts from
 * its middle, as a month does. With no reference, only a run of years ("in the 1990s") tells history.
 *
 * @example judgeTiming(event, '2015-07-25', doc.times) // { value: 'historical', spans: [...] } for a June 2015 date
 */
export function judgeTiming(
  event: EventRecord,
  reference: string | null,
  times: readonly TimeExpression[],
): EventRecord['timing'] {
  if (event.timing?.value === 'historical' && !recentOwnDay(event, reference)) return event.timing;
  const spans = event.date?.spans.length ? event.date.spans : (event.event_type?.spans ?? []);
  if (!event.date) return { value: 'current', spans };
  if (!reference) return { value: toldAsYears(event.date, times) ? 'historical' : 'current', spans };
  return { value: isHistorical(weighedDay(event.date, times), reference) ? 'historical' : 'current', spans };
}

/** @example isHistorical('2014', '2015-08-01') === true */
export function isHistorical(date: string, reference: string): boolean {
  const ref = Date.parse(reference);
  if (Number.isNaN(ref)) return false;
  if (/^\d{4}$/.test(date)) return Number(date) < Number(reference.slice(0, 4));
  const at = /^\d{4}-\d{2}$/.test(date) ? Date.parse(`${date}-15`) : Date.parse(date);
  return !Number.isNaN(at) && ref - at > HISTORICAL_DAYS * DAY_MS;
}

/** A day the incident's own words give (not one carried to it) that is no more than a month old. */
function recentOwnDay(event: EventRecord, reference: string | null): boolean {
  const date = event.date;
  if (!date || !reference || date.basis || date.precision !== 'day' || date.spans.length === 0) return false;
  return date.value <= reference && !isHistorical(date.value, reference);
}

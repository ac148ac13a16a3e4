import type { DateRef, EventRecord, PlaceRef } from '../../core/records.js';
import { DAY_MS } from '../../core/day-ms.js';
import { foldName } from './search-terms.js';

/**
 * Whether two events (of different articles) report one incident: same country and event type, compatible
 * places, matching dates and no contradicting sub-event type. Events of unknown timing, type, country,
 * place or date never link: a report that cannot be placed cannot be matched without guessing.
 * The rules are written out in docs/output-format.md ("Incidents"); keep the two in step.
 *
 * @example sameIncident(baghdadBombingJune1, baghdadBombingJune2) === true
 */
export function sameIncident(a: EventRecord, b: EventRecord): boolean {
  if (!linkable(a) || !linkable(b)) return false;
  // A historical reference (on either side) links only on the very same date value.
  const strict = a.timing?.value === 'historical' || b.timing?.value === 'historical';
  return (
    a.event_type?.value === b.event_type?.value &&
    a.location?.country === b.location?.country &&
    placesMatch(a.location as PlaceRef, b.location as PlaceRef) &&
    datesMatch(a.date, b.date, strict) &&
    typesAgree(a, b)
  );
}

/** An event that has everything linking compares; the others are each their own incident. */
export function linkable(e: EventRecord): boolean {
  return Boolean(e.timing && e.event_type && e.location?.country && e.date);
}

/**
 * Same date value; or, for two current day-precise dates, at most one day apart (outlets date an
 * overnight attack to either day, and a report published next morning says "yesterday").
 *
 * @example datesMatch(day('2024-06-01'), day('2024-06-02'), false) === true
 */
export function datesMatch(a: DateRef | null, b: DateRef | null, strict: boolean): boolean {
  if (!a || !b) return false;
  if (a.value === b.value) return true;
  if (strict || a.precision !== 'day' || b.precision !== 'day') return false;
  return Math.abs(Date.parse(`${a.value}T00:00:00Z`) - Date.parse(`${b.value}T00:00:00Z`)) <= DAY_MS;
}

/**
 * Whether an event that matches some report of an incident also fits the incident's first report: dated
 * within a day of it (so an incident cannot creep a day per report) and no sub-type contradicting it (so a
 * report without a sub-type cannot bridge two that contradict each other).
 *
 * @example fitsFirstReport(baghdadBombingJune2, baghdadBombingJune1) === true
 */
export function fitsFirstReport(event: EventRecord, first: EventRecord): boolean {
  return datesMatch(event.date, first.date, false) && typesAgree(event, first);
}

/**
 * A country-level place says only "somewhere in the country", so it matches another country-level place
 * and nothing finer; finer places match on the knowledge-base entity or, failing that, the folded name.
 */
function placesMatch(a: PlaceRef, b: PlaceRef): boolean {
  if (a.precision === 'country' || b.precision === 'country')
    return a.precision === 'country' && b.precision === 'country';
  if (a.entity_id && a.entity_id === b.entity_id) return true;
  const name = foldName(a.name);
  return name !== '' && name === foldName(b.name);
}

/**
 * Outlets disagree on sub-types of one attack ("suicide bomb" against "IED"); two different sub-types
 * contradict each other unless both reports name the same perpetrator entity.
 */
function typesAgree(a: EventRecord, b: EventRecord): boolean {
  const [sa, sb] = [a.sub_event_type?.value, b.sub_event_type?.value];
  if (!sa || !sb || sa === sb) return true;
  return Boolean(a.actor1?.entity_id && a.actor1.entity_id === b.actor1?.entity_id);
}

/** The day before and the day after a YYYY-MM-DD day: bounds of the candidate query's date range. */
export function dayRange(day: string): [string, string] {
  const at = Date.parse(`${day}T00:00:00Z`);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [iso(at - DAY_MS), iso(at + DAY_MS)];
}

import type { CountRef, EventRecord } from '../../core/records.js';
import { DAY_MS } from '../../core/day-ms.js';
import { uniqueSpans } from '../../core/span.js';

// Facts two tellings of an incident can agree or differ on: days, tolls, and how their counts combine.

/** Two known days at most one apart ("clashes overnight … arrests next morning"). */
export function withinADay(a: string | undefined, b: string | undefined): boolean {
  if (a?.length !== 10 || b?.length !== 10) return false;
  return Math.abs(Date.parse(a) - Date.parse(b)) <= DAY_MS;
}

/** The same number killed (and no conflicting number injured) in the same country, or told unplaced. */
export function sameToll(a: EventRecord, b: EventRecord): boolean {
  const killed = a.fatalities?.value ?? null;
  if (killed === null || killed !== (b.fatalities?.value ?? null)) return false;
  const country = !a.location || !b.location || a.location.country === b.location.country;
  return !differ(a.injuries?.value, b.injuries?.value) && country;
}

/** Both known and not equal: two tolls or two named perpetrators mean two incidents. */
export function differ<T>(a: T | null | undefined, b: T | null | undefined): boolean {
  return a !== null && a !== undefined && b !== null && b !== undefined && a !== b;
}

/**
 * Two named sides that are not one: by their entities when both have one, else by name, so a side linked in
 * one report and left unlinked in another ("Military Forces of Syria") is still the same side.
 */
export function otherSide(a: EventRecord['actor1'], b: EventRecord['actor1']): boolean {
  if (a?.entity_id && b?.entity_id) return a.entity_id !== b.entity_id;
  return differ(a?.name, b?.name);
}

/** Two dates that may be the same day: one unknown, or one the other's month or year. */
export function datesAgree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** How the counts of two tellings of one incident combine into the incident's count. */
export type CountMerge = (a: CountRef | null, b: CountRef | null) => CountRef | null;

/** "His driver was also killed.": the victims told after the first telling add to its count. */
export function addCount(a: CountRef | null, b: CountRef | null): CountRef | null {
  if (!a || !b) return a ?? b;
  return { value: a.value + b.value, qualifier: a.qualifier, spans: uniqueSpans([...a.spans, ...b.spans]) };
}

/**
 * The first telling's count wins; the same number told again ("kills 12" … "at least 12") is one count
 * that gathers both spans and keeps the qualifier that says more than "exact".
 */
export function mergeCount(a: CountRef | null, b: CountRef | null): CountRef | null {
  if (!a || !b) return a ?? b;
  if (a.value !== b.value) return a;
  const qualifier = a.qualifier === 'exact' ? b.qualifier : a.qualifier;
  return { value: a.value, qualifier, spans: uniqueSpans([...a.spans, ...b.spans]) };
}

/**
 * "5 killed in Aleppo", then its neighbourhoods' 3 and 2, or "3 killed" and later "the toll rose to 5": of
 * a day's reports from one town, the largest count is the one that holds the others.
 */
export function largerCount(a: CountRef | null, b: CountRef | null): CountRef | null {
  if (!a || !b || a.value === b.value) return mergeCount(a, b);
  return b.value > a.value ? b : a;
}

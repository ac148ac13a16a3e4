import { asciiDigits } from '../../../src/core/text/ascii-digits.js';
import type { StringKey } from '../i18n/strings.js';

/**
 * The explore page's filters, named exactly as the API's query parameters so one serialisation serves
 * the address bar (shareable links) and the API calls.
 */
export interface Filters {
  country?: string;
  admin1?: string;
  type?: string;
  sub_type?: string;
  actor?: string;
  /** An entity id: events where it is an actor or the place (set from an entity page). */
  entity?: string;
  timing?: 'current' | 'historical';
  since?: string;
  until?: string;
  min_fatalities?: number;
  q?: string;
  /** west,south,east,north in degrees: set when the list follows the map view. */
  bbox?: readonly [number, number, number, number];
}

const TEXT_KEYS = ['country', 'admin1', 'type', 'sub_type', 'actor', 'entity', 'q'] as const;
const DAY_KEYS = ['since', 'until'] as const;

/** The days of a range as a link may give them, by parameter. */
export type DayParams = Partial<Record<(typeof DAY_KEYS)[number], string>>;

/**
 * A day as typed in a date field, as ISO 8601 (YYYY-MM-DD), whatever the reader's locale: Arabic-Indic
 * and Persian digits read as digits, `/` or `.` as separators, one-digit months and days padded. '' for
 * an empty field; null for anything that is not a day on the calendar — never a guess between day-month
 * and month-day orders.
 *
 * @example isoDay('٢٠٢٤/٣/٥') === '2024-03-05'
 */
export function isoDay(typed: string): string | null {
  const latin = asciiDigits(typed.trim());
  if (latin === '') return '';
  const parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(latin);
  if (!parts) return null;
  const day = `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : null;
}

/**
 * @example filtersToParams({ country: 'IQ', min_fatalities: 5 }).toString() === 'country=IQ&min_fatalities=5'
 */
export function filtersToParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of TEXT_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  if (filters.timing) params.set('timing', filters.timing);
  if (filters.since) params.set('since', filters.since);
  if (filters.until) params.set('until', filters.until);
  if (filters.min_fatalities !== undefined) params.set('min_fatalities', String(filters.min_fatalities));
  if (filters.bbox) params.set('bbox', filters.bbox.map((n) => round(n)).join(','));
  return params;
}

/**
 * Reads filters from an address, dropping what is malformed rather than sending the API a 400. Dates are
 * read as a date field reads them (`isoDay`), so a day that is not on the calendar is dropped too.
 *
 * @example filtersFromParams(new URLSearchParams('timing=later&since=2024-03-01')) // { since: '2024-03-01' }
 */
export function filtersFromParams(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const timing = params.get('timing');
  if (timing === 'current' || timing === 'historical') filters.timing = timing;
  for (const key of DAY_KEYS) {
    const day = isoDay(params.get(key) ?? '');
    if (day) filters[key] = day;
  }
  const min = Number(params.get('min_fatalities') ?? '');
  if (params.get('min_fatalities') && Number.isInteger(min) && min >= 0) filters.min_fatalities = min;
  const bbox = (params.get('bbox') ?? '').split(',').map(Number);
  if (bbox.length === 4 && bbox.every(Number.isFinite)) {
    filters.bbox = [bbox[0], bbox[1], bbox[2], bbox[3]];
  }
  return filters;
}

/**
 * The dates an address gives that `filtersFromParams` leaves out because they are not days on the
 * calendar (`since=2024-02-30`, `until=March`), so the page can show them flagged instead of silently
 * widening the range the link was shared with.
 *
 * @example refusedDays(new URLSearchParams('since=2024-02-30&until=2024-03-05')) // { since: '2024-02-30' }
 */
export function refusedDays(params: URLSearchParams): DayParams {
  const refused: DayParams = {};
  for (const key of DAY_KEYS) {
    const value = params.get(key) ?? '';
    if (isoDay(value) === null) refused[key] = value;
  }
  return refused;
}

/**
 * Filters without the date range: the timeline shows every day so the brush can widen it again.
 *
 * @example withoutDates({ country: 'YE', since: '2024-01-01' }) // { country: 'YE' }
 */
export function withoutDates(filters: Filters): Filters {
  const rest = { ...filters };
  delete rest.since;
  delete rest.until;
  return rest;
}

/**
 * Whether the range is empty because its start is after its end, which the page says in the interface
 * language instead of asking the API (whose 400 message is English).
 *
 * @example datesReversed({ since: '2024-03-01', until: '2024-02-10' }) === true
 */
export function datesReversed(filters: Filters): boolean {
  return Boolean(filters.since && filters.until && filters.since > filters.until);
}

/** What each filter is called in the interface, to say which of a link's values was left out. */
export const FILTER_LABEL: Record<keyof Filters, StringKey> = {
  country: 'country',
  admin1: 'region',
  type: 'eventType',
  sub_type: 'subEventType',
  actor: 'actor',
  entity: 'entity',
  timing: 'timing',
  since: 'since',
  until: 'until',
  min_fatalities: 'minFatalities',
  q: 'text',
  bbox: 'mapArea',
};

/**
 * The filter a refusal of the API names (its error's `parameter`) when the filters hold it: a link with a
 * value the API cannot use (`country=Iraq`, `type=Riots`) then loses that value alone, and the page shows
 * the rest instead of an empty map. Null when the refusal is about anything else.
 *
 * @example refusedFilter('country', { country: 'Iraq', type: 'Battles' }) === 'country'
 */
export function refusedFilter(parameter: string | undefined, filters: Filters): keyof Filters | null {
  if (!parameter || !Object.hasOwn(FILTER_LABEL, parameter)) return null;
  const key = parameter as keyof Filters;
  return filters[key] === undefined ? null : key;
}

/** Four decimals (~11 m) keep addresses short without moving any event across the edge that matters. */
function round(n: number): string {
  return String(Math.round(n * 1e4) / 1e4);
}

import { z } from 'zod';
import { MIN_PREFIX, shortPrefix } from '../adapters/store/index.js';
import { MarsadError } from '../core/errors.js';
import type { EventFilter } from '../core/ports.js';
import { ACLED_TAXONOMY, EVENT_TYPES } from '../core/taxonomy.js';

const SUB_EVENT_TYPES = Object.values(ACLED_TAXONOMY).flat() as string[];

/**
 * A day, a month or a year (2024-03-05, 2024-03, 2024), as the first day of that period (`since`) or its
 * last (`until`): "until 2024-03" means to the end of March, not to its first day.
 */
const periodBound = (end: 'first' | 'last') =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date YYYY-MM-DD (or YYYY-MM, YYYY)')
    .refine(isCalendarPeriod, { message: 'expected a date on the calendar (a real month and day)' })
    .transform((period) => periodDay(period, end));

/**
 * A count from a query string, whose one message says what is accepted — in place of the schema library's
 * "Invalid input: expected number, received NaN" and "expected int, received number".
 *
 * @example wholeNumber(1, 1000).safeParse('abc').error?.issues[0].message === 'expected a whole number from 1 to 1000'
 */
export function wholeNumber(min: number, max?: number) {
  const error = `expected a whole number ${max === undefined ? `${min} or more` : `from ${min} to ${max}`}`;
  const atLeast = z.coerce.number({ error }).int({ error }).min(min, { error });
  return max === undefined ? atLeast : atLeast.max(max, { error });
}

function isCalendarPeriod(period: string): boolean {
  const [year, month = 1, day = 1] = period.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function periodDay(period: string, end: 'first' | 'last'): string {
  const [year, month, day] = period.split('-').map(Number);
  if (day !== undefined) return period;
  if (end === 'first') return `${period}${month === undefined ? '-01' : ''}-01`;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, month ?? 12, 0));
  return last.toISOString().slice(0, 10);
}

const countries = z
  .string()
  .regex(/^[A-Za-z]{2}(,[A-Za-z]{2})*$/, 'expected ISO 3166-1 alpha-2 codes, comma-separated (SY,IQ)')
  .transform((s) => s.toUpperCase().split(','));

const bbox = z.string().transform((value, ctx) => {
  const parts = value.split(',').map(Number);
  const [west, south, east, north] = parts;
  const valid =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    Math.abs(west) <= 180 &&
    Math.abs(east) <= 180 &&
    Math.abs(south) <= 90 &&
    Math.abs(north) <= 90 &&
    south <= north;
  if (!valid) {
    ctx.issues.push({ code: 'custom', input: value, message: 'expected west,south,east,north in degrees' });
    return z.NEVER;
  }
  return [west, south, east, north] as const;
});

/**
 * The filters shared by /api/events, /api/stats, /api/export and `marsad events`. Names are the API's; the
 * CLI maps its options onto them, so both accept and refuse the same values. A name it does not know
 * (`countyr`, `sub_event_type`) is refused: ignored, it would answer with every event as if filtered.
 */
export const eventFilterQuery = z.strictObject({
  country: countries.optional().describe('ISO 3166-1 alpha-2 codes, comma-separated'),
  admin1: z.string().min(1).max(200).optional().describe('first-level region, English name (Nineveh)'),
  bbox: bbox.optional().describe('west,south,east,north in decimal degrees'),
  type: z
    .enum(EVENT_TYPES as [string, ...string[]])
    .optional()
    .describe('ACLED event type'),
  sub_type: z
    .enum(SUB_EVENT_TYPES as [string, ...string[]])
    .optional()
    .describe('ACLED sub-event type'),
  actor: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('entity id or part of an actor name, Arabic or English'),
  entity: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('entity id: events where it is an actor or the place'),
  timing: z.enum(['current', 'historical']).optional(),
  since: periodBound('first').optional().describe('events on or after this day (or month, or year)'),
  until: periodBound('last').optional().describe('events on or before this day (or month, or year)'),
  min_fatalities: wholeNumber(0).optional(),
  stored_after: z.iso
    .datetime()
    .optional()
    .describe('events first stored after this instant (ISO 8601, UTC): /api/stats last_stored at a visit'),
  q: z
    .string()
    .min(1)
    .max(500)
    .refine((q) => shortPrefix(q) === undefined, {
      message: `expected words with at least ${MIN_PREFIX} letters before a * (as in kill*)`,
    })
    .optional()
    .describe(
      'free text over evidence, article text and the names each event gives its place and sides, in ' +
        'English and in Arabic (Kabul and كابول find the same events); every word must match. A word finds ' +
        'its other forms (killing finds killed and kills; غارة finds بالغارة), a "quoted word" only itself, ' +
        'a "quoted phrase" only those words side by side in an event\'s evidence or names, and kill* every ' +
        'word that starts with kill',
    ),
});

export const eventListQuery = eventFilterQuery.extend({
  sort: z.enum(['date', '-date', 'fatalities', '-fatalities']).default('-date'),
  limit: wholeNumber(1, 1000).default(50),
  cursor: z.string().min(1).max(500).optional().describe('next_cursor of the previous page'),
  distinct: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: one event per incident, its first report (with `reports`)'),
});

/** What a caller calls the two bounds of the period: the API's parameters, or the CLI's options. */
interface PeriodNames {
  since: string;
  until: string;
}

/**
 * Throws BAD_REQUEST naming both bounds when `since` falls after `until`: such a range matches nothing, and
 * an empty answer would read as "no events" rather than as the swapped dates it is.
 *
 * @example assertPeriodOrder({ since: '2024-05-01', until: '2024-03-31' }) // throws "since: 2024-05-01 is after until …"
 */
function assertPeriodOrder(
  { since, until }: { since?: string; until?: string },
  names: PeriodNames = { since: 'since', until: 'until' },
): void {
  if (since === undefined || until === undefined || since <= until) return;
  throw new MarsadError(
    'BAD_REQUEST',
    `${names.since}: ${since} is after ${names.until} ${until}, so no event can fall between them; swap the two dates`,
  );
}

/**
 * Throws BAD_REQUEST when since falls after until (assertPeriodOrder), calling the two bounds by `names`
 * (the CLI passes its options, --since and --until).
 *
 * @example filterOf({ country: ['SY'], q: 'غارة' }) // { country: ['SY'], text: 'غارة' }
 */
export function filterOf(
  query: z.output<typeof eventListQuery> | z.output<typeof eventFilterQuery>,
  names?: PeriodNames,
): EventFilter {
  assertPeriodOrder(query, names);
  const filter: EventFilter = {
    country: query.country,
    admin1: query.admin1,
    bbox: query.bbox,
    type: query.type,
    subType: query.sub_type,
    actor: query.actor,
    entity: query.entity,
    timing: query.timing,
    since: query.since,
    until: query.until,
    minFatalities: query.min_fatalities,
    text: query.q,
    // The store compares instants as text in toISOString's form (milliseconds, Z): "…T08:00:15Z" as typed
    // would sort after an event stored at 08:00:15.400, and leave it out of what is new.
    storedAfter: query.stored_after && new Date(query.stored_after).toISOString(),
  };
  if ('sort' in query)
    Object.assign(filter, {
      sort: query.sort,
      limit: query.limit,
      cursor: query.cursor,
      distinct: query.distinct || undefined,
    });
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as EventFilter;
}

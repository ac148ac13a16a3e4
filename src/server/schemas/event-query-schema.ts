import { z } from 'zod';
import type { EventFilter } from '../../core/ports.js';
import { ACLED_TAXONOMY, EVENT_TYPES } from '../../core/taxonomy.js';

const SUB_EVENT_TYPES = Object.values(ACLED_TAXONOMY).flat() as string[];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      message: 'not a calendar date',
    },
  );

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

/** The filters shared by /api/events, /api/stats and /api/export. Names are the API's; values are checked. */
export const eventFilterQuery = z.object({
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
  since: isoDate.optional().describe('events on or after this day'),
  until: isoDate.optional().describe('events on or before this day'),
  min_fatalities: z.coerce.number().int().min(0).optional(),
  q: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe('free text over evidence and article text, Arabic or English'),
});

export const eventListQuery = eventFilterQuery.extend({
  sort: z.enum(['date', '-date', 'fatalities', '-fatalities']).default('-date'),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  cursor: z.string().min(1).max(500).optional().describe('next_cursor of the previous page'),
  distinct: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: one event per incident, its first report (with `reports`)'),
});

/**
 * @example filterOf({ country: ['SY'], q: 'غارة' }) // { country: ['SY'], text: 'غارة' }
 */
export function filterOf(
  query: z.output<typeof eventListQuery> | z.output<typeof eventFilterQuery>,
): EventFilter {
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

import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { EventFilter } from '../../core/ports.js';
import { dateBounds } from './article-rows.js';
import { decodeCursor, type EventSort } from './event-cursor.js';
import { memberships } from './membership-filters.js';
import type { StoreTables } from './store-schema.js';

type EventsEB = ExpressionBuilder<StoreTables, 'events'>;

/** The sort column behind each sort order; ties are broken by id in the same direction. */
export const SORT_COLUMN = {
  date: 'date_key',
  '-date': 'date_key',
  fatalities: 'fatalities_key',
  '-fatalities': 'fatalities_key',
} as const satisfies Record<EventSort, keyof StoreTables['events']>;

/**
 * The WHERE clause for every EventFilter field except sort, limit and cursor. Membership filters named in
 * `broad` (see broadMemberships) are written as EXISTS probes, the others as IN lists.
 *
 * @example db.selectFrom('events').selectAll().where((eb) => filterExpression(eb, { type: 'Battles' }))
 */
export function filterExpression(
  eb: EventsEB,
  f: EventFilter,
  broad: ReadonlySet<string> = new Set(),
): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (f.country?.length) parts.push(eb('events.country', 'in', f.country));
  if (f.admin1) parts.push(eb('events.admin1', '=', f.admin1));
  if (f.type) parts.push(eb('events.event_type', '=', f.type));
  if (f.subType) parts.push(eb('events.sub_event_type', '=', f.subType));
  if (f.timing) parts.push(eb('events.timing', '=', f.timing));
  // One event per incident: its first report, the one whose id the incident bears.
  if (f.distinct) parts.push(eb('events.incident_id', '=', eb.ref('events.id')));
  // A date range keeps events whose date overlaps it; events of unknown date never match one.
  if (f.since) parts.push(eb('events.date_end', '>=', f.since));
  if (f.until) {
    // "until 2024" means until the end of 2024.
    const last = dateBounds({ value: f.until, precision: 'day', spans: [] })[1];
    parts.push(eb.and([eb('events.date_start', '<=', last), eb('events.date_start', '<>', '')]));
  }
  if (f.storedAfter) parts.push(eb('events.stored_at', '>', f.storedAfter));
  if (f.minFatalities !== undefined) parts.push(eb('events.fatalities_key', '>=', f.minFatalities));
  if (f.bbox) parts.push(bboxExpression(eb, f.bbox));
  for (const m of memberships(f)) parts.push(broad.has(m.key) ? m.exists(eb) : m.within(eb));
  return eb.and(parts);
}

function bboxExpression(eb: EventsEB, [west, south, east, north]: NonNullable<EventFilter['bbox']>) {
  const lat = eb.and([eb('events.lat', '>=', south), eb('events.lat', '<=', north)]);
  // A box that crosses the antimeridian has west > east.
  const lon =
    west <= east
      ? eb.and([eb('events.lon', '>=', west), eb('events.lon', '<=', east)])
      : eb.or([eb('events.lon', '>=', west), eb('events.lon', '<=', east)]);
  return eb.and([lat, lon]);
}

/** Events with their article's source, language, day and where that day came from: the rows every listing returns. */
export function eventsWithArticle(db: Kysely<StoreTables>) {
  return db
    .selectFrom('events')
    .innerJoin('articles', 'articles.id', 'events.article_id')
    .selectAll('events')
    .select(['articles.source', 'articles.language', 'articles.published', 'articles.published_from']);
}

/**
 * One page of listEvents: the filter's events after its cursor, in its sort order, with one row more than
 * `limit` to tell whether another page follows. `broad` as for filterExpression.
 */
export function eventPageQuery(
  db: Kysely<StoreTables>,
  filter: EventFilter & { sort: EventSort; limit: number },
  broad: ReadonlySet<string> = new Set(),
) {
  const { sort, cursor } = filter;
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  let query = eventsWithArticle(db).where((eb) => filterExpression(eb, filter, broad));
  if (cursor) query = query.where((eb) => afterCursor(eb, cursor, sort));
  return query
    .orderBy(`events.${SORT_COLUMN[sort]}`, direction)
    .orderBy('events.id', direction)
    .limit(filter.limit + 1);
}

/** Keyset condition: events strictly after the cursor's position in the sort order. */
function afterCursor(eb: EventsEB, cursor: string, sort: EventSort): Expression<SqlBool> {
  const position = decodeCursor(cursor, sort);
  const column = `events.${SORT_COLUMN[sort]}` as const;
  const op = sort.startsWith('-') ? '<' : '>';
  return eb.or([
    eb(column, op, position.key),
    eb.and([eb(column, '=', position.key), eb('events.id', op, position.id)]),
  ]);
}

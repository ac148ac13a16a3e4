import { sql, type Kysely, type Transaction } from 'kysely';
import type { ArticleOutput } from '../../core/article-output.js';
import type { EventRecord } from '../../core/records.js';
import { dateBounds } from './article-rows.js';
import { dayRange, fitsFirstReport, linkable, sameIncident } from './incident-rules.js';
import type { StoreTables } from './store-schema.js';

/**
 * Holds, until the transaction ends, whatever stops two concurrent writers from both missing each other's
 * report of one incident. Keys are "country + event type", sorted, so writers never wait on each other in
 * a cycle.
 */
export type IncidentLock = (trx: Transaction<StoreTables>, keys: readonly string[]) => Promise<void>;

/**
 * PostgreSQL: transaction-scoped advisory locks. (SQLite needs none: the article insert that precedes
 * linking already holds the database's single write lock, and its snapshot is the latest.)
 *
 * @example await createKyselyStore(db, options, postgresSchemaVersion, postgresIncidentLock);
 */
export const postgresIncidentLock: IncidentLock = async (trx, keys) => {
  for (const key of keys) await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
};

const EVENTS_PER_QUERY = 500;

/**
 * The incident id of each of an article's events, in event order: the first report's id of the stored
 * incident it reports, or its own id. Runs inside the saving transaction, before the events are written,
 * so an article never links to itself; one indexed candidate query per article.
 *
 * @example const ids = await incidentIdsOf(trx, article); // ['e-3f2a9c0d1e2b-1', …]
 */
export async function incidentIdsOf(
  trx: Transaction<StoreTables>,
  article: ArticleOutput,
): Promise<string[]> {
  const events = article.events.filter(linkable);
  if (events.length === 0) return article.events.map((e) => e.id);
  const rows: CandidateRow[] = [];
  // Four bound parameters per event: batches stay far below either dialect's limit.
  for (let i = 0; i < events.length; i += EVENTS_PER_QUERY)
    rows.push(...(await candidates(trx, article.id, events.slice(i, i + EVENTS_PER_QUERY))));
  return article.events.map((event) => (linkable(event) ? earliestIncident(event, rows) : null) ?? event.id);
}

/**
 * The lock keys a transaction saving these articles must hold, sorted: taking a whole batch's keys at
 * once, in one order, keeps two batches from waiting on each other in a cycle.
 */
export function incidentLockKeys(articles: readonly ArticleOutput[]): string[] {
  return [...new Set(articles.flatMap((a) => a.events.filter(linkable).map(lockKey)))].sort();
}

function lockKey(e: EventRecord): string {
  // PostgreSQL text cannot hold U+0000; '|' appears in no country code or ACLED type.
  return `marsad-incident|${e.location?.country}|${e.event_type?.value}`;
}

interface CandidateRow {
  incidentId: string;
  event: EventRecord;
  /** The incident's first report, and the first day of its date. */
  first: EventRecord;
  firstStart: string;
}

// Candidates come from the (country, event_type, date_start) index: every match has the same date value
// or a day-precise date at most a day away, so its date_start lies within a day of the event's.
async function candidates(
  db: Kysely<StoreTables>,
  articleId: string,
  events: readonly EventRecord[],
): Promise<CandidateRow[]> {
  const rows = await db
    .selectFrom('events as c')
    .innerJoin('events as r', 'r.id', 'c.incident_id')
    .select(['c.incident_id', 'c.json', 'r.json as root_json', 'r.date_start as root_start'])
    .where((eb) =>
      eb.or(
        events.map((event) => {
          const [from, to] = dayRange(dateBounds(event.date)[0]);
          return eb.and([
            eb('c.country', '=', event.location?.country ?? ''),
            eb('c.event_type', '=', event.event_type?.value ?? ''),
            eb('c.date_start', '>=', from),
            eb('c.date_start', '<=', to),
          ]);
        }),
      ),
    )
    .where('c.article_id', '<>', articleId)
    .execute();
  return rows.map((row) => ({
    incidentId: row.incident_id,
    event: JSON.parse(row.json) as EventRecord,
    first: JSON.parse(row.root_json) as EventRecord,
    firstStart: row.root_start,
  }));
}

// The rows were fetched for all the article's events: sameIncident sorts out which are this event's.
function earliestIncident(event: EventRecord, rows: readonly CandidateRow[]): string | null {
  let best: CandidateRow | null = null;
  for (const row of rows) {
    if (!sameIncident(event, row.event) || !fitsFirstReport(event, row.first)) continue;
    if (!best || earlier(row, best)) best = row;
  }
  return best?.incidentId ?? null;
}

// Among several matching incidents, the one whose first report is dated earliest (then the smaller id).
function earlier(a: CandidateRow, b: CandidateRow): boolean {
  return a.firstStart < b.firstStart || (a.firstStart === b.firstStart && a.incidentId < b.incidentId);
}

/**
 * How many stored events report each of the given incidents.
 *
 * @example (await reportCounts(db, ['e-1'])).get('e-1') // 2
 */
export async function reportCounts(
  db: Kysely<StoreTables>,
  incidentIds: readonly string[],
): Promise<Map<string, number>> {
  const unique = [...new Set(incidentIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('events')
    .select((eb) => ['incident_id', eb.fn.countAll().as('n')])
    .where('incident_id', 'in', unique)
    .groupBy('incident_id')
    .execute();
  return new Map(rows.map((r) => [r.incident_id, Number(r.n)]));
}

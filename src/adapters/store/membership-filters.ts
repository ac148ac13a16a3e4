import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type OperationNodeSource,
  type RawBuilder,
  type SqlBool,
} from 'kysely';
import type { EventFilter } from '../../core/ports.js';
import { termMatches, type TermMatch } from './search-query.js';
import { foldName } from './search-terms.js';
import type { StoreTables } from './store-schema.js';

type EventsEB = ExpressionBuilder<StoreTables, 'events'>;
type EntitiesEB = ExpressionBuilder<StoreTables, 'event_entities'>;

const ACTOR_ROLES = ['actor1', 'actor2', 'claimed_by'];
// Above this many matching rows a membership filter is "broad": scanning events in sort order and
// probing the side table per event (EXISTS) stops after one page, where collecting every match (IN) and
// sorting them would read them all. Below it, IN reads few rows and wins.
export const BROAD_ROWS = 2000;
// An article-level term match stands for this many events when sizing (synthetic and real articles
// carry a handful of events each).
const EVENTS_PER_ARTICLE = 5;

/** A filter that picks events through a side table (search terms, actors, entities), in two SQL forms. */
export interface Membership {
  key: string;
  /** How many events match, counted no further than `cap`. */
  size(db: Kysely<StoreTables>, cap: number): Promise<number>;
  within(eb: EventsEB): Expression<SqlBool>;
  exists(eb: EventsEB): Expression<SqlBool>;
}

/**
 * The membership filters of an EventFilter: one per search term (all must match), the actor, the entity.
 *
 * @example memberships({ text: 'غارة جوية' }).map((m) => m.key) // ['stem:غاره', 'stem:جويه']
 */
export function memberships(f: EventFilter): Membership[] {
  const out = f.text ? termMatches(f.text).map(termMembership) : [];
  if (f.actor) out.push(entitiesMembership('actor', (w) => actorMatch(w, f.actor as string)));
  if (f.entity)
    out.push(entitiesMembership('entity', (w) => w('event_entities.entity_id', '=', f.entity as string)));
  return out;
}

/** Keys of the memberships that match more than `broadRows` events. */
export async function broadMemberships(
  db: Kysely<StoreTables>,
  f: EventFilter,
  broadRows = BROAD_ROWS,
): Promise<Set<string>> {
  const sized = await Promise.all(
    memberships(f).map(async (m) => [m.key, await m.size(db, broadRows + 1)] as const),
  );
  return new Set(sized.filter(([, n]) => n > broadRows).map(([key]) => key));
}

// The count of a query's rows, reading no more than `cap` of them.
async function countUpTo(
  db: Kysely<StoreTables>,
  rows: { limit(n: number): OperationNodeSource },
  cap: number,
) {
  const result = await sql<{
    n: number | string;
  }>`select count(*) as n from (${rows.limit(cap)}) as capped`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

// A query word matches an event when its evidence has a term it asks for, or its article's text does.
function termMembership(match: TermMatch): Membership {
  const eventTerm = termCondition(match, 'event_terms.term');
  const articleTerm = termCondition(match, 'article_terms.term');
  return {
    key: match.key,
    async size(db, cap) {
      const events = await countUpTo(
        db,
        db.selectFrom('event_terms').select('event_id').where(eventTerm),
        cap,
      );
      const articleQuery = db.selectFrom('article_terms').select('article_id').where(articleTerm);
      const articles = await countUpTo(db, articleQuery, Math.ceil(cap / EVENTS_PER_ARTICLE));
      return Math.min(cap, events + articles * EVENTS_PER_ARTICLE);
    },
    within: (eb) =>
      eb.or([
        eb('events.id', 'in', eb.selectFrom('event_terms').select('event_id').where(eventTerm)),
        eb('events.article_id', 'in', eb.selectFrom('article_terms').select('article_id').where(articleTerm)),
      ]),
    exists: (eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('event_terms')
            .select('event_terms.term')
            .where(eventTerm)
            .whereRef('event_terms.event_id', '=', 'events.id'),
        ),
        eb.exists(
          eb
            .selectFrom('article_terms')
            .select('article_terms.term')
            .where(articleTerm)
            .whereRef('article_terms.article_id', '=', 'events.article_id'),
        ),
      ]),
  };
}

/**
 * The terms a match asks for, on a term column. A prefix is a range up to the prefix with its last
 * character raised by one, which both dialects read off the term index: SQLite compares text by its
 * bytes, and PostgreSQL's term columns use the C collation (term-index.ts), where LIKE 'x%' would
 * need an index of its own.
 */
function termCondition(match: TermMatch, column: string): RawBuilder<SqlBool> {
  const term = sql.ref(column);
  if ('prefix' in match) {
    const { prefix } = match;
    const after = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
    return sql<SqlBool>`${term} >= ${prefix} and ${term} < ${after}`;
  }
  return match.anyOf.length === 1
    ? sql<SqlBool>`${term} = ${match.anyOf[0]}`
    : sql<SqlBool>`${term} in (${sql.join(match.anyOf)})`;
}

function entitiesMembership(key: string, match: (w: EntitiesEB) => Expression<SqlBool>): Membership {
  return {
    key,
    size: (db, cap) => countUpTo(db, db.selectFrom('event_entities').select('event_id').where(match), cap),
    within: (eb) => eb('events.id', 'in', eb.selectFrom('event_entities').select('event_id').where(match)),
    exists: (eb) =>
      eb.exists(
        eb
          .selectFrom('event_entities')
          .select('event_entities.event_id')
          .where(match)
          .whereRef('event_entities.event_id', '=', 'events.id'),
      ),
  };
}

/**
 * Folded words that tell what a name stands against: "التحالف الدولي ضد داعش" and "the anti-ISIS coalition"
 * name the coalition, and asking for داعش or ISIS does not ask for it.
 */
const OPPOSED = ['ضد', 'محاربه', 'مكافحه', 'against', 'anti', 'counter', 'defeat', 'war on'];

// An actor is named by entity id ("actor:islamic-state"), by part of any name stored for the entity in
// either script ("Islamic State", "تنظيم الدولة"), or, for actors the knowledge base does not know, by
// the start of their own name ("Protesters").
function actorMatch(w: EntitiesEB, actor: string): Expression<SqlBool> {
  const folded = foldName(actor);
  const roles = w('event_entities.role', 'in', ACTOR_ROLES);
  if (folded === '' || /^[a-z-]+:/.test(actor))
    return w.and([roles, w('event_entities.entity_id', '=', actor)]);
  const named = w
    .selectFrom('entity_names')
    .select('entity_names.entity_id')
    .where('entity_names.norm', 'like', `%${folded}%`)
    .where((eb) => eb.and(OPPOSED.map((word) => eb('entity_names.norm', 'not like', `%${word} ${folded}%`))));
  return w.and([
    roles,
    w.or([
      w('event_entities.entity_id', 'in', named),
      // A range, not LIKE 'x%': it uses the index on name_norm on both dialects.
      w.and([
        w('event_entities.name_norm', '>=', folded),
        w('event_entities.name_norm', '<', `${folded}\uffff`),
      ]),
    ]),
  ]);
}

import type { ArticleOutput } from '../../core/article-output.js';
import type { DateRef, EventRecord, Mention, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { foldName, indexTerms, wordPairs } from './search-terms.js';
import { isWholeSpelling } from './spelling.js';
import type { StoreTables } from './store-schema.js';

type Row<T extends keyof StoreTables> = StoreTables[T];

/**
 * The knowledge base's other names of a place or side an event's record names in English (its Arabic name and
 * aliases, its English aliases), found by entity id, an unlinked side by its English name; none when it has none.
 *
 * @example knownNamesOf({ name: 'Kabul', entity_id: 'place:af:kabul' }) // ['كابل', 'كابول', …]
 */
export type KnownNamesOf = (ref: { name: string; entity_id: string | null }) => readonly string[];

const NO_KNOWN_NAMES: KnownNamesOf = () => [];

/** Every row one article adds to the store, computed before the write so a write is one transaction. */
export interface ArticleRows {
  article: Row<'articles'>;
  events: Row<'events'>[];
  eventEntities: Row<'event_entities'>[];
  eventTerms: Row<'event_terms'>[];
  articleTerms: Row<'article_terms'>[];
  entityNames: Row<'entity_names'>[];
  entityArticles: Row<'entity_articles'>[];
}

const ARABIC = /[\u0600-\u06ff]/;
const PRECISION_KIND: Record<PlaceRef['precision'], string> = {
  site: 'site',
  town: 'city',
  district: 'district',
  region: 'region',
  country: 'country',
};

/**
 * What an event sorts by in date order (store-schema.ts fills `date_key` by the same rule for databases written
 * before it): undated current news goes by its article's day, or by the day it was stored when the article has
 * none (news is stored when it is read, so that day is the nearest known), before any undated history.
 *
 * @example dateKey('', 'current', '2024-06-02', '2024-06-05T10:00:00.000Z') === '2024-06-02'
 */
function dateKey(start: string, timing: string | undefined, published: string | undefined, storedAt: string) {
  if (start !== '') return start;
  if (timing === 'historical') return '';
  return published?.slice(0, 10) || storedAt.slice(0, 10);
}

/**
 * The rows of an article stored at `storedAt` (an ISO instant of the store's clock).
 *
 * @example rowsOf(article, new Date().toISOString()).events.length === article.events.length
 */
export function rowsOf(
  article: ArticleOutput,
  storedAt: string,
  knownNamesOf: KnownNamesOf = NO_KNOWN_NAMES,
): ArticleRows {
  return {
    article: {
      id: article.id,
      content_hash: article.content_hash,
      source: article.source,
      url: article.url,
      language: article.language,
      title: article.title?.value ?? null,
      published: article.published?.value ?? null,
      published_from: article.published?.from ?? null,
      json: JSON.stringify(article),
    },
    events: article.events.map((e) => eventRow(article, e, storedAt)),
    eventEntities: article.events.flatMap((e) => eventEntityRows(e)),
    ...termRows(article, knownNamesOf),
    ...entityRows(article),
  };
}

/**
 * The free-text index of an article: the terms of each event's evidence and of the names its record gives
 * (its place, the place's quarter, its sides and claimant), and of its title and body. The record's names
 * are in English whatever the article's language, and beside each are the knowledge base's other names of it,
 * so "Kabul" finds an event an Arabic article tells at «كابل», «كابول» one an English article tells, and
 * "Daesh" one an article says Islamic State did.
 * An event's terms also hold the pairs of neighbouring words of its evidence and names, for quoted phrases.
 * Written with the article, and again for every stored article when the way terms are made changes
 * (term-index.ts).
 */
export function termRows(
  article: ArticleOutput,
  knownNamesOf: KnownNamesOf = NO_KNOWN_NAMES,
): Pick<ArticleRows, 'eventTerms' | 'articleTerms'> {
  return {
    eventTerms: article.events.flatMap((e) => {
      // Pairs are made within each sentence and each name: none joins one name to the next.
      const parts = [...evidenceTexts(article.text, e.evidence), ...recordNames(e, knownNamesOf)];
      const terms = new Set(indexTerms(parts.join('\n')));
      for (const part of parts) for (const pair of wordPairs(part)) terms.add(pair);
      return [...terms].map((term) => ({ term, event_id: e.id }));
    }),
    articleTerms: indexTerms(`${article.title?.value ?? ''}\n${bodyText(article)}`).map((term) => ({
      term,
      article_id: article.id,
    })),
  };
}

/** The names an event's record gives, and their other names. */
function recordNames(e: EventRecord, knownNamesOf: KnownNamesOf): string[] {
  const refs = [e.location, e.location?.district, e.actor1, e.actor2, e.claimed_by];
  return refs.flatMap((ref) => (ref ? [ref.name, ...knownNamesOf(ref)] : []));
}

/** The sentences an event's evidence spans cover: what the analyst reads as the proof. */
function evidenceTexts(text: string, evidence: readonly Span[]): string[] {
  return evidence.map(([start, end]) => text.slice(start, end));
}

/** Article text minus removed boilerplate: promos and related links must not make an article match. */
function bodyText(article: ArticleOutput): string {
  const removed = [...article.removed].sort((a, b) => a.span[0] - b.span[0]);
  let out = '';
  let at = 0;
  for (const { span } of removed) {
    if (span[0] > at) out += article.text.slice(at, span[0]) + '\n';
    at = Math.max(at, span[1]);
  }
  return out + article.text.slice(at);
}

function eventRow(article: ArticleOutput, e: EventRecord, storedAt: string): Row<'events'> {
  const [start, end] = dateBounds(e.date);
  return {
    id: e.id,
    article_id: article.id,
    event_date: e.date?.value ?? null,
    date_start: start,
    date_end: end,
    date_key: dateKey(start, e.timing?.value, article.published?.value, storedAt),
    event_type: e.event_type?.value ?? null,
    sub_event_type: e.sub_event_type?.value ?? null,
    timing: e.timing?.value ?? null,
    fatalities: e.fatalities?.value ?? null,
    fatalities_key: e.fatalities?.value ?? -1,
    injuries: e.injuries?.value ?? null,
    country: e.location?.country ?? null,
    admin1: admin1Of(article.mentions, e.location),
    location: e.location?.name ?? null,
    lat: e.location?.lat ?? null,
    lon: e.location?.lon ?? null,
    geo_precision: e.location?.precision ?? null,
    actor1: e.actor1?.name ?? null,
    actor2: e.actor2?.name ?? null,
    claimed_by: e.claimed_by?.name ?? null,
    // Its own incident until saveArticle links it to an earlier report (incident-links.ts).
    incident_id: e.id,
    stored_at: storedAt,
    json: JSON.stringify(e),
  };
}

/**
 * First and last day a date covers: '2024-03' → ['2024-03-01', '2024-03-31']. Unknown dates get ''
 * for both, which sorts before every real date.
 */
export function dateBounds(date: DateRef | null): [string, string] {
  if (!date) return ['', ''];
  const [y, m, d] = date.value.split('-');
  if (d) return [date.value, date.value];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

// The region comes from the place mention the knowledge stage resolved, when the event's place has one.
function admin1Of(mentions: readonly Mention[], place: PlaceRef | null): string | null {
  if (!place) return null;
  if (place.precision === 'region' && place.name) return place.name;
  const mention = mentions.find((m) => m.entity_id === place.entity_id && m.place);
  return mention?.place?.admin1 ?? null;
}

function eventEntityRows(e: EventRecord): Row<'event_entities'>[] {
  const refs = [
    ['actor1', e.actor1],
    ['actor2', e.actor2],
    ['claimed_by', e.claimed_by],
    ['location', e.location],
  ] as const;
  return refs.flatMap(([role, ref]) =>
    ref ? [{ event_id: e.id, entity_id: ref.entity_id, role, name_norm: foldName(ref.name) }] : [],
  );
}

/**
 * The names an article gives the entities it tells of, and its links to them. Written with the article, and
 * again for every stored article when the way names are chosen changes (entity-names-rebuild.ts).
 */
export function entityRows(article: ArticleOutput): Pick<ArticleRows, 'entityNames' | 'entityArticles'> {
  const names = new Map<string, Row<'entity_names'>>();
  const add = (entityId: string, kind: string, name: string, canonical = 1): void => {
    const key = `${entityId}\u0000${name}`;
    if (name.trim() === '' || names.has(key)) return;
    const lang = ARABIC.test(name) ? 'ar' : 'en';
    names.set(key, { entity_id: entityId, kind, name, lang, norm: foldName(name), canonical });
  };
  for (const m of article.mentions) {
    add(m.entity_id, m.kind, m.name);
    // "Russian" names no one: a demonym's surface is not one of the entity's names.
    const surface = article.text.slice(m.span[0], m.span[1]);
    if (m.via !== 'demonym' && isWholeSpelling(surface)) add(m.entity_id, m.kind, surface, 0);
  }
  const kindOf = (id: string, fallback: string): string =>
    article.mentions.find((m) => m.entity_id === id)?.kind ?? fallback;
  const mentioned = new Set(article.mentions.map((m) => m.entity_id));
  for (const e of article.events) {
    // An actor's name is the event's label, ACLED's: "Rioters (Kazakhstan)" for protesters who turned
    // violent there. It names the entity only when no mention of the article does.
    for (const actor of [e.actor1, e.actor2, e.claimed_by]) {
      if (actor?.entity_id && !mentioned.has(actor.entity_id)) add(actor.entity_id, 'group', actor.name);
    }
    const place = e.location;
    if (place?.entity_id)
      add(place.entity_id, kindOf(place.entity_id, PRECISION_KIND[place.precision]), place.name);
  }
  const entityNames = [...names.values()];
  const entityArticles = [...new Set(entityNames.map((n) => n.entity_id))].map((entity_id) => ({
    entity_id,
    article_id: article.id,
  }));
  return { entityNames, entityArticles };
}

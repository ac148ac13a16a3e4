import type { ArticleOutput, StoredEvent } from '../../core/article-output.js';
import type { Span } from '../../core/span.js';
import { countColumns } from './count-columns.js';
import { stixId } from './stix-ids.js';

/** The id of marsad's event extension: fixed, so every export names the same definition. */
export const EVENT_EXTENSION_ID = stixId('extension-definition', 'marsad-event/1');

/** What the extension adds to an `incident`, documented inside the definition itself. */
const EXTENSION_SCHEMA = `marsad political-violence event, version 1. A property-extension of incident and report objects.
Properties (all optional except event_id and article_id; absent when unknown):
  event_id, article_id: the marsad event and article ids.
  event_type, sub_event_type: ACLED event type and sub-event type, spelled as ACLED spells them.
  event_date (YYYY-MM-DD, YYYY-MM or YYYY) and date_precision (day, month, year); date_basis where no words of
    the incident date it: publication date, retrieval date (the article has no date; the day it was fetched,
    the incident may be older), preceding incident, report lead or days before told.
  timing: current (the article reports it as news) or historical (a past event it refers to).
  fatalities, injuries: counts of people killed and wounded; fatalities_qualifier, injuries_qualifier:
    exact, at_least, about or at_most.
  location_name, actor1, actor2, claimed_by: names as marsad resolved them.
  evidence: the sentences that tell the incident, each {start, end, text}; start and end are UTF-16
    code-unit offsets into the article text (end exclusive).
  field_spans: for each field above that comes from the text, the [start, end] spans that support it.
  confidence: marsad's confidence in the event, 0 to 1.
On report objects (one per article) it adds article_id and published_from: 'article' when published is the
  article's own date, 'retrieved' when the article carries no date and published is the day it was retrieved
  (the crawl or scrape date it came with: it was published then or earlier), 'stored' when the article carries
  no date at all and published is when marsad stored it, 'exported' when not even that is known and published
  is the time of the export.`;

/**
 * The definition, dated when it was first written and when its `version` last changed (move `modified` with
 * `version`): its id is fixed, and STIX reads one id with another `created` as a contradiction.
 *
 * @example extensionDefinition(identityId).type === 'extension-definition'
 */
export function extensionDefinition(createdBy: string) {
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: EVENT_EXTENSION_ID,
    created: '2026-11-29T16:27:26.000Z',
    modified: '2026-12-06T21:54:12.000Z',
    created_by_ref: createdBy,
    name: 'marsad political-violence event',
    description:
      'ACLED-style event fields with the character spans of the article text that support each one.',
    schema: EXTENSION_SCHEMA,
    version: '1.3.0',
    extension_types: ['property-extension'],
  };
}

/**
 * Where a report's `published` comes from: the article's date; for an article that carries none, the day it was
 * retrieved that came with it, or a time of marsad's own.
 */
export type PublishedFrom = 'article' | 'retrieved' | 'stored' | 'exported';

/** The extension's properties on the report of one article. */
export function reportExtension(articleId: string, publishedFrom: PublishedFrom): Record<string, unknown> {
  return { extension_type: 'property-extension', article_id: articleId, published_from: publishedFrom };
}

/** The extension's properties for one event; keys whose value is unknown are left out, as STIX asks. */
export function eventExtension(e: StoredEvent, article: ArticleOutput | null): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    extension_type: 'property-extension',
    event_id: e.id,
    article_id: e.article_id,
    event_type: e.event_type?.value,
    sub_event_type: e.sub_event_type?.value,
    event_date: e.date?.value,
    date_precision: e.date?.precision,
    date_basis: e.date?.basis,
    timing: e.timing?.value,
    ...countColumns(e),
    location_name: e.location?.name,
    actor1: e.actor1?.name,
    actor2: e.actor2?.name,
    claimed_by: e.claimed_by?.name,
    evidence: e.evidence.map(([start, end]) => ({ start, end, text: article?.text.slice(start, end) ?? '' })),
    field_spans: fieldSpans(e),
    confidence: e.confidence,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null));
}

function fieldSpans(e: StoredEvent): Record<string, Span[]> {
  const sources = {
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    event_date: e.date,
    timing: e.timing,
    fatalities: e.fatalities,
    injuries: e.injuries,
    location_name: e.location,
    actor1: e.actor1,
    actor2: e.actor2,
    claimed_by: e.claimed_by,
  };
  return Object.fromEntries(
    Object.entries(sources).flatMap(([key, ref]) => (ref && ref.spans.length > 0 ? [[key, ref.spans]] : [])),
  );
}

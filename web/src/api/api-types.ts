/**
 * The API's responses as the UI reads them. Record shapes come from src/core (type-only imports: nothing
 * of the server is bundled), so a change to the output format is a type error here too.
 */
import type { ArticleOutput, StoredEvent } from '../../../src/core/article-output.js';
import type { EntitySummary, StatsRow } from '../../../src/core/ports.js';

export type { ArticleOutput, EntitySummary, StoredEvent, StatsRow };
import type { Span } from '../../../src/core/span.js';

export type { Span };
export type {
  ActorRef,
  DateRef,
  EventRecord,
  Mention,
  PlaceRef,
  RemovedSpan,
} from '../../../src/core/records.js';

export interface EventPageResponse {
  items: StoredEvent[];
  next_cursor: string | null;
}

/** GET /api/stats: counts of the filtered events. */
export interface StatsResponse {
  total: number;
  by_day: StatsRow[];
  by_type: StatsRow[];
  by_country: StatsRow[];
  /** When the latest counted event was first stored (ISO instant); null when none is known. */
  last_stored: string | null;
}

/** GET /api/entities/:id: the entity and the first page of events it takes part in. */
export interface EntityResponse {
  entity: EntitySummary;
  events: EventPageResponse;
}

/** The article an event came from, as GET /api/events/:id embeds it: enough to show the evidence. */
export interface EventArticle {
  id: string;
  title: string | null;
  url: string | null;
  source: string;
  published: string | null;
  language: string | null;
  text: string;
  removed: Array<{ span: Span; kind: string }>;
}

/** GET /api/events/:id. The UI reads the record and the article; `fields` and `evidence` serve other clients. */
export interface EventDetailResponse {
  event: StoredEvent;
  articles: EventArticle[];
}

/** The error body every route answers with on 4xx/5xx (src/core/errors.ts codes). */
export interface ApiErrorBody {
  error: { code: string; message: string; hint?: string; parameter?: string };
}

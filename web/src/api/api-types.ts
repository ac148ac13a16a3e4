/**
 * The API's responses as the UI reads them. Record shapes come from src/core (type-only imports: nothing
 * of the server is bundled), so a change to the output format is a type error here too.
 */
import type { ArticleOutput, StoredEvent } from '../../../src/core/article-output.js';
import type { Stats } from '../../../src/core/ports.js';

export type { ArticleOutput, StoredEvent, Stats };
export type { Span } from '../../../src/core/span.js';
export type { EventRecord, Mention, RemovedSpan } from '../../../src/core/records.js';

export interface EventPageResponse {
  items: StoredEvent[];
  next_cursor: string | null;
}

export interface EntitySummary {
  id: string;
  kind: string;
  name_en: string;
  name_ar: string;
  country: string | null;
}

export interface EntityResponse extends EntitySummary {
  aliases_en: string[];
  aliases_ar: string[];
  events: StoredEvent[];
}

/** The error body every route answers with on 4xx/5xx (src/core/errors.ts codes). */
export interface ApiErrorBody {
  code: string;
  message: string;
  hint?: string;
}

import type {
  Diagnostic,
  Document,
  EventRecord,
  Genre,
  Mention,
  Quantity,
  RemovedSpan,
  Sentence,
  SourcedValue,
  TimeExpression,
} from './records.js';
import type { Span } from './span.js';

export const SCHEMA_VERSION = 'marsad/1';

/** One article as `marsad extract` prints it and the store keeps it (docs/output-format.md). */
export interface ArticleOutput {
  schema: typeof SCHEMA_VERSION;
  id: string;
  source: string;
  content_hash: string;
  url: string | null;
  language: string | null;
  title: SourcedValue<string> | null;
  author: SourcedValue<string> | null;
  publisher: SourcedValue<string> | null;
  published: SourcedValue<string> | null;
  genre: SourcedValue<Genre> | null;
  text: string;
  body: Span | null;
  removed: RemovedSpan[];
  sentences: Sentence[];
  mentions: Mention[];
  times: TimeExpression[];
  quantities: Quantity[];
  events: EventRecord[];
  diagnostics: Diagnostic[];
}

/** An event as the store returns it: the record plus the article it came from. */
export interface StoredEvent extends EventRecord {
  article_id: string;
  source: string;
  language: string | null;
  published: string | null;
  /**
   * Where the article's `published` came from, its `from` (docs/output-format.md): `retrieved` says it is the day
   * the article was fetched, which only bounds its publication from above. Null when the article has no date;
   * absent on events not read from a store.
   */
  published_from?: string | null;
  /**
   * The id of the first stored report of the same incident (this event's own id when it is the first);
   * `reports` counts the stored events sharing it. Set by the store; absent on events not read from one.
   */
  incident_id?: string;
  reports?: number;
  /** When the store saved the event (ISO instant); absent from databases written before it was kept. */
  stored_at?: string;
}

/** @example articleIdOf('3f2a…') === 'a-3f2a9c0d1e2b' */
export function articleIdOf(contentHash: string): string {
  return `a-${contentHash.slice(0, 12)}`;
}

/** The marsad/1 record of a processed document; working views (tokens, normalised text) are left out. */
export function toArticleOutput(doc: Document): ArticleOutput {
  const hash = doc.content_hash ?? '';
  return {
    schema: SCHEMA_VERSION,
    id: articleIdOf(hash),
    source: doc.source,
    content_hash: hash,
    url: doc.url ?? null,
    language: doc.language ?? null,
    title: doc.title ?? null,
    author: doc.author ?? null,
    publisher: doc.publisher ?? null,
    published: doc.published ?? null,
    genre: doc.genre ?? null,
    text: doc.text ?? '',
    body: doc.body ?? null,
    removed: doc.removed ?? [],
    sentences: doc.sentences ?? [],
    mentions: doc.mentions ?? [],
    times: doc.times ?? [],
    quantities: doc.quantities ?? [],
    events: doc.events ?? [],
    diagnostics: doc.diagnostics,
  };
}

import type { MarsadError } from './errors.js';
import type { ArticleOutput, StoredEvent } from './article-output.js';
import type { RawInput } from './records.js';

/** One input found by a source adapter: raw bytes to process, or the reason it cannot be read. */
export type SourceItem =
  | { source: string; raw: RawInput; error?: undefined }
  | { source: string; raw?: undefined; error: MarsadError };

/** Where articles come from: files, stdin, HTTP, RSS feeds, web archives. */
export interface Source {
  items(): AsyncIterable<SourceItem>;
}

export interface EventFilter {
  country?: string[];
  admin1?: string;
  bbox?: readonly [west: number, south: number, east: number, north: number];
  type?: string;
  subType?: string;
  actor?: string;
  /** An entity id: events where it is an actor, the claimant or the place. */
  entity?: string;
  timing?: 'current' | 'historical';
  since?: string;
  until?: string;
  minFatalities?: number;
  text?: string;
  /** An instant (ISO): only events first stored after it — what is new since a reader's last visit. */
  storedAfter?: string;
  /** One event per incident (its first report), instead of every report of it. */
  distinct?: boolean;
  sort?: 'date' | '-date' | 'fatalities' | '-fatalities';
  limit?: number;
  cursor?: string;
}

export interface SaveResult {
  articleId: string;
  /** False when the same content was stored before: nothing was written. */
  inserted: boolean;
  events: number;
}

export interface EventPage {
  items: StoredEvent[];
  nextCursor: string | null;
}

export interface StatsRow {
  key: string;
  count: number;
}

export interface Stats {
  byDay: StatsRow[];
  byType: StatsRow[];
  byCountry: StatsRow[];
  total: number;
  /** When the latest of the counted events was stored (ISO instant); null when none is known. */
  lastStored: string | null;
}

/**
 * The event store. Adapters: SQLite (embedded default) and PostgreSQL; one contract suite runs on both.
 */
export interface Store {
  saveArticle(article: ArticleOutput): Promise<SaveResult>;
  /**
   * Saves several articles in one transaction, all or none, results in input order; an article repeated
   * within the batch is stored once.
   */
  saveArticles(articles: readonly ArticleOutput[]): Promise<SaveResult[]>;
  listEvents(filter: EventFilter): Promise<EventPage>;
  getEvent(id: string): Promise<StoredEvent | null>;
  getArticle(id: string): Promise<ArticleOutput | null>;
  stats(filter: EventFilter): Promise<Stats>;
  counts(): Promise<{ articles: number; events: number }>;
  close(): Promise<void>;
}

/** Who may do what through the API: readers read, editors also post articles, admins also manage keys. */
export type KeyRole = 'reader' | 'editor' | 'admin';

export interface ApiKeyRecord {
  id: string;
  role: KeyRole;
  label: string;
  /** sha256 of the secret, hex: the secret itself is never stored. */
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** An entity as the stored articles know it: the canonical name and the names the texts used. */
export interface EntitySummary {
  id: string;
  kind: string;
  name: string;
  names: { en: string[]; ar: string[] };
  articles: number;
  events: number;
}

/** What the HTTP API needs beyond the event store: entities drawn from stored mentions, and API keys. */
export interface ServingStore extends Store {
  findEntities(query: string, limit: number): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<EntitySummary | null>;
  saveKey(key: ApiKeyRecord): Promise<void>;
  findKeyByHash(hash: string): Promise<ApiKeyRecord | null>;
  listKeys(): Promise<ApiKeyRecord[]>;
  /** False when no active key has that id. */
  revokeKey(id: string, at: string): Promise<boolean>;
  activeKeyCount(): Promise<number>;
}

/** One unit of work on the job queue: an input to run through the pipeline and store. */
export interface QueueJob {
  source: string;
  raw: RawInput;
}

export interface QueueWorker {
  /** Stops taking jobs; waits for the ones in hand to finish. */
  close(): Promise<void>;
}

export interface WorkOptions {
  concurrency?: number;
  /** Told of each job whose handler threw, with the error; the job is not retried. */
  onFailed?: (job: QueueJob, error: unknown) => void;
}

/**
 * The job queue that lets several workers share a batch. Adapters: in-process (the default) and Redis
 * (BullMQ); one contract suite runs on both.
 */
export interface JobQueue {
  /** Adds a job under an id; false when a job with that id was already added (it is not added twice). */
  add(id: string, job: QueueJob): Promise<boolean>;
  /** Starts handling jobs with `handler`, `concurrency` at a time. */
  work(handler: (job: QueueJob) => Promise<void>, options?: WorkOptions): QueueWorker;
  /** Resolves once every job added so far has been handled (done or failed). */
  drained(): Promise<void>;
  close(): Promise<void>;
}

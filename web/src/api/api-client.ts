import { filtersToParams, type Filters } from '../state/filter-state.js';
import { announceKeyNeeded, keyHeaders } from './access-key.js';
import type {
  ApiErrorBody,
  ArticleOutput,
  EntityResponse,
  EntitySummary,
  EventDetailResponse,
  EventPageResponse,
  StatsResponse,
} from './api-types.js';

/** A failed API call, with the server's error code so views can tell "no such id" from "server down". */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The query parameter the server refused, when it names one. */
    readonly parameter?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** An API answer that is not 2xx, as an ApiError; a 401 also asks the reader for a key. */
async function refusal(res: Response): Promise<ApiError> {
  if (res.status === 401) announceKeyNeeded();
  const body = (await res.json().catch(() => null)) as Partial<ApiErrorBody> | null;
  return new ApiError(
    res.status,
    body?.error?.code ?? `HTTP_${res.status}`,
    body?.error?.message ?? res.statusText,
    body?.error?.parameter,
  );
}

async function getJson<T>(path: string, params?: URLSearchParams): Promise<T> {
  const query = params && [...params].length > 0 ? `?${params.toString()}` : '';
  const res = await fetch(`api/${path}${query}`, {
    headers: { accept: 'application/json', ...keyHeaders() },
  });
  if (!res.ok) throw await refusal(res);
  return (await res.json()) as T;
}

/** A downloaded file and the name the server gave it (its Content-Disposition), if it gave one. */
export interface Download {
  file: Blob;
  name: string | null;
}

/**
 * A download from the API with the reader's key: a plain link cannot send the key header, so the file is
 * fetched and handed to the browser as a blob, under the server's name for it.
 *
 * @example const { file, name } = await fetchDownload('api/export?format=csv') // name 'marsad-events.csv'
 */
export async function fetchDownload(address: string): Promise<Download> {
  const res = await fetch(address, { headers: keyHeaders() });
  if (!res.ok) throw await refusal(res);
  return { file: await res.blob(), name: attachmentName(res.headers.get('content-disposition')) };
}

/**
 * The file name of a Content-Disposition header as the API writes it (a quoted plain name).
 *
 * @example attachmentName('attachment; filename="marsad-events.stix.json"') === 'marsad-events.stix.json'
 */
export function attachmentName(header: string | null): string | null {
  return /filename="([^"/\\]+)"/.exec(header ?? '')?.[1] ?? null;
}

/**
 * One page of events matching the filters.
 *
 * @example const { items, next_cursor } = await listEvents({ country: 'IQ' }, { limit: 200 })
 */
export function listEvents(
  filters: Filters,
  page: { limit?: number; cursor?: string | null; sort?: string } = {},
): Promise<EventPageResponse> {
  const params = filtersToParams(filters);
  if (page.limit) params.set('limit', String(page.limit));
  if (page.cursor) params.set('cursor', page.cursor);
  if (page.sort) params.set('sort', page.sort);
  return getJson<EventPageResponse>('events', params);
}

/** The event and the article it came from. @example (await getEvent('e-3f2a9c0d1e2b-120')).articles[0].text */
export function getEvent(id: string): Promise<EventDetailResponse> {
  return getJson<EventDetailResponse>(`events/${encodeURIComponent(id)}`);
}

/** @example await getArticle('a-3f2a9c0d1e2b') */
export function getArticle(id: string): Promise<ArticleOutput> {
  return getJson<ArticleOutput>(`articles/${encodeURIComponent(id)}`);
}

/**
 * Counts of the filtered events; with `storedAfter` (a `last_stored` the reader saw), of those stored since.
 *
 * @example (await getStats({ country: 'SY' })).by_day
 */
export function getStats(filters: Filters, storedAfter?: string): Promise<StatsResponse> {
  const params = filtersToParams(filters);
  if (storedAfter) params.set('stored_after', storedAfter);
  return getJson<StatsResponse>('stats', params);
}

/** The entity and its events. @example (await getEntity('actor:islamic-state')).events.items */
export function getEntity(id: string, limit = 200): Promise<EntityResponse> {
  const params = new URLSearchParams({ limit: String(limit) });
  return getJson<EntityResponse>(`entities/${encodeURIComponent(id)}`, params);
}

/** Entities whose names in either language match `q`, for the actor filter's suggestions. @example await searchEntities('داعش') */
export function searchEntities(q: string): Promise<{ items: EntitySummary[] }> {
  return getJson<{ items: EntitySummary[] }>('entities', new URLSearchParams({ q }));
}

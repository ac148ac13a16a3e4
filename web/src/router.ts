/** The pages of the UI, addressed by the part of the URL after `#`. */
export type Route =
  | { page: 'explore'; params: URLSearchParams }
  | { page: 'event' | 'article' | 'entity'; id: string }
  | { page: 'missing' };

// The UI links the plural forms; the singular ones are how people type or shorten an address.
const PAGES = {
  events: 'event',
  event: 'event',
  articles: 'article',
  article: 'article',
  entities: 'entity',
  entity: 'entity',
} as const;

/**
 * Hash routes keep the UI a static bundle any server can host: the API is the only thing it calls. An
 * address that names no page (a typo, a cut-off link) is said to be missing: showing the map instead
 * left the reader believing the record they asked for had been shown.
 *
 * @example parseRoute('#/events/e-1') // { page: 'event', id: 'e-1' }
 * @example parseRoute('#/entity/actor:islamic-state') // { page: 'entity', id: 'actor:islamic-state' }
 * @example parseRoute('#/?country=IQ') // { page: 'explore', params: country=IQ }
 */
export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?', 2);
  if (path === '' || path === '/') return { page: 'explore', params: new URLSearchParams(query) };
  const match = /^\/([a-z]+)\/([^/]+)\/?$/.exec(path);
  const page = match && Object.hasOwn(PAGES, match[1]) ? PAGES[match[1] as keyof typeof PAGES] : undefined;
  if (!match || !page) return { page: 'missing' };
  try {
    return { page, id: decodeURIComponent(match[2]) };
  } catch {
    // A malformed escape in a hand-typed address names no record.
    return { page: 'missing' };
  }
}

/** @example eventHref('e-1') === '#/events/e-1' */
export function eventHref(id: string): string {
  return `#/events/${encodeURIComponent(id)}`;
}

/** @example entityHref('actor:islamic-state') === '#/entities/actor%3Aislamic-state' */
export function entityHref(id: string): string {
  return `#/entities/${encodeURIComponent(id)}`;
}

/** @example articleHref('a-3f2a9c0d1e2b') === '#/articles/a-3f2a9c0d1e2b' */
export function articleHref(id: string): string {
  return `#/articles/${encodeURIComponent(id)}`;
}

/** The pages of the UI, addressed by the part of the URL after `#`. */
export type Route =
  { page: 'explore'; params: URLSearchParams } | { page: 'event' | 'article' | 'entity'; id: string };

const PAGES = { events: 'event', articles: 'article', entities: 'entity' } as const;

/**
 * Hash routes keep the UI a static bundle any server can host: the API is the only thing it calls.
 *
 * @example parseRoute('#/events/e-1') // { page: 'event', id: 'e-1' }
 * @example parseRoute('#/?country=IQ') // { page: 'explore', params: country=IQ }
 */
export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?', 2);
  const match = /^\/(events|articles|entities)\/([^/]+)$/.exec(path);
  if (match) {
    try {
      return { page: PAGES[match[1] as keyof typeof PAGES], id: decodeURIComponent(match[2]) };
    } catch {
      // A malformed escape in a hand-typed address: fall through to the explore page.
    }
  }
  return { page: 'explore', params: new URLSearchParams(query) };
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

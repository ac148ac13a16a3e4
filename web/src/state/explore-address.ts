let lastQuery = '';

/**
 * The explore page's address with the filters last used, so "back to the map" returns to the same view.
 *
 * @example rememberExploreQuery('country=IQ'); exploreHref() === '#/?country=IQ'
 */
export function exploreHref(): string {
  return lastQuery ? `#/?${lastQuery}` : '#/';
}

/** @example rememberExploreQuery(filtersToParams(filters).toString()) */
export function rememberExploreQuery(query: string): void {
  lastQuery = query;
}

/**
 * Whether the explore page opens on the filters it last showed ("back to the map"), where the reader's
 * view of the map is kept; any other filters (a link, a typed address) are framed afresh.
 *
 * @example rememberExploreQuery('country=IQ'); isRememberedQuery('country=YE') === false
 */
export function isRememberedQuery(query: string): boolean {
  return query === lastQuery;
}

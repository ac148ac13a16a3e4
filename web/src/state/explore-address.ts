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

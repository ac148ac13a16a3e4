/**
 * The promise `made` holds for `key`, made by `make` the first time it is asked for: a scale's shapes, a
 * watchlist's count are fetched once a visit. A promise that fails is forgotten, so the next ask tries again.
 *
 * @example const shapes = remembered(loaded, '50m', () => fetchCountries('50m'))
 */
export function remembered<K, V>(made: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let promise = made.get(key);
  if (!promise) {
    promise = make();
    promise.catch(() => made.delete(key));
    made.set(key, promise);
  }
  return promise;
}

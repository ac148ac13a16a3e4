import type { Mention } from './records.js';

/**
 * For tests: a town (or region) mention over the first occurrence of `name` in `text`.
 *
 * @example townMention('clashes in lakhpur', 'lakhpur').span // [11, 18]
 */
export function townMention(
  text: string,
  name: string,
  country = 'XX',
  precision: 'town' | 'region' = 'town',
): Mention {
  const at = text.indexOf(name);
  return {
    span: [at, at + name.length],
    entity_id: `place:${name.toLowerCase()}`,
    kind: precision === 'town' ? 'city' : 'region',
    name,
    via: 'name',
    score: 1,
    place: { country, lat: null, lon: null, precision, admin1: null },
  };
}

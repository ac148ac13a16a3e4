import type { Mention } from './records.js';

/**
 * For tests: a town mention over the first occurrence of `name` in `text`.
 *
 * @example townMention('clashes in lakhpur', 'lakhpur').span // [11, 18]
 */
export function townMention(text: string, name: string, country = 'XX'): Mention {
  const at = text.indexOf(name);
  return {
    span: [at, at + name.length],
    entity_id: `place:${name.toLowerCase()}`,
    kind: 'city',
    name,
    via: 'name',
    score: 1,
    place: { country, lat: null, lon: null, precision: 'town', admin1: null },
  };
}

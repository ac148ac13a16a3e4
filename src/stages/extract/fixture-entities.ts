import type { Mention } from '../../core/records.js';

type Entity = Omit<Mention, 'span'>;

/**
 * Knowledge-base style entities for event-layer fixtures, as the knowledge stage would resolve them.
 *
 * @example placeEntity('Aden', 'YE')
 */
export function placeEntity(
  name: string,
  country: string,
  precision: 'town' | 'country' | 'region' = 'town',
): Entity {
  const id =
    precision === 'country' ? `country:${country}` : `place:${country.toLowerCase()}:${name.toLowerCase()}`;
  const kind = precision === 'country' ? 'country' : precision === 'region' ? 'region' : 'city';
  return {
    entity_id: id,
    kind,
    name,
    via: 'name',
    score: 1,
    place: { country, lat: null, lon: null, precision },
  };
}

/** A nationality word ("Turkish", "التركية") resolved to its country. */
export function demonymEntity(name: string, country: string): Entity {
  return { ...placeEntity(name, country, 'country'), via: 'demonym' };
}

/** @example actorEntity('Islamic State', 'armed-group') */
export function actorEntity(
  name: string,
  kind:
    'armed-group' | 'state-forces' | 'group' | 'igo' | 'party' | 'person' | 'organisation' = 'armed-group',
  country: string | null = null,
): Entity {
  const id = `actor:${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return { entity_id: id, kind, name, via: 'alias', score: 1, actor: { country, parent_id: null } };
}

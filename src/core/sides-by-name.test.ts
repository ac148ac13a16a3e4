import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord, Mention } from './records.js';
import { SIDES_BY_NAME, statesByPhrase, withSideIds } from './sides-by-name.js';

const ACTORS = new URL('../../data/actors/', import.meta.url).pathname;

/** Every actor of the knowledge base's files, by id: its English name. */
function actorNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of readdirSync(ACTORS).filter((f) => f.endsWith('.tsv')))
    for (const line of readFileSync(join(ACTORS, file), 'utf8').split('\n')) {
      const [id, , name] = line.split('\t');
      if (id?.startsWith('actor:')) names.set(id, name);
    }
  return names;
}

function sides(actor1: string, actor2: string): EventRecord {
  return {
    actor1: { name: actor1, entity_id: null, spans: [[0, 6]] },
    actor2: { name: actor2, entity_id: null, spans: [[20, 26]] },
  } as unknown as EventRecord;
}

const place = (name: string, country: string, kind: 'country' | 'city'): Mention => ({
  span: [0, name.length],
  entity_id:
    kind === 'country' ? `country:${country}` : `place:${country.toLowerCase()}:${name.toLowerCase()}`,
  kind,
  name,
  via: 'name',
  score: 1,
  place: { country, lat: null, lon: null, precision: kind === 'country' ? 'country' : 'town' },
});

describe('sides the knowledge base keeps under a template’s name', () => {
  it('are entities of the knowledge base, under those very names', () => {
    const names = actorNames();
    for (const [name, id] of Object.entries(SIDES_BY_NAME)) expect(names.get(id)).toBe(name);
  });

  it('give their id to a side so named without one, and leave other sides as they are', () => {
    const event = sides('Opposition Rebels (Syria)', 'Opposition Rebels (Iraq)');
    withSideIds(event, new Map());
    expect(event.actor1?.entity_id).toBe('actor:opposition-rebels-syria');
    expect(event.actor1?.spans).toEqual([[0, 6]]);
    expect(event.actor2?.entity_id).toBeNull();
  });
});

describe('a state’s forces named from the incident’s country', () => {
  it('get the id of that state’s forces, police or military, as the base writes it', () => {
    const states = statesByPhrase([place('Aleppo', 'SY', 'city'), place('United States', 'US', 'country')]);
    const event = sides('Military Forces of Syria', 'Police Forces of the United States');
    withSideIds(event, states);
    expect([event.actor1?.entity_id, event.actor2?.entity_id]).toEqual([
      'actor:forces:sy:military',
      'actor:forces:us:police',
    ]);
  });

  it('stay without an id when the document names no place of that state', () => {
    const event = sides('Military Forces of Syria', 'Protesters (Syria)');
    withSideIds(event, statesByPhrase([place('Mosul', 'IQ', 'city')]));
    expect([event.actor1?.entity_id, event.actor2?.entity_id]).toEqual([null, null]);
  });
});

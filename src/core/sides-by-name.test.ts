import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from './records.js';
import { SIDES_BY_NAME, withSideIds } from './sides-by-name.js';

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

describe('sides the knowledge base keeps under a template’s name', () => {
  it('are entities of the knowledge base, under those very names', () => {
    const names = actorNames();
    for (const [name, id] of Object.entries(SIDES_BY_NAME)) expect(names.get(id)).toBe(name);
  });

  it('give their id to a side so named without one, and leave other sides as they are', () => {
    const event = {
      actor1: { name: 'Opposition Rebels (Syria)', entity_id: null, spans: [[0, 6]] },
      actor2: { name: 'Opposition Rebels (Iraq)', entity_id: null, spans: [[20, 26]] },
    } as unknown as EventRecord;
    withSideIds(event);
    expect(event.actor1?.entity_id).toBe('actor:opposition-rebels-syria');
    expect(event.actor1?.spans).toEqual([[0, 6]]);
    expect(event.actor2?.entity_id).toBeNull();
  });
});

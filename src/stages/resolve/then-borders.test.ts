import { describe, expect, it } from 'vitest';
import type { EventRecord, Mention } from '../../core/records.js';
import { placeWithinThenBorders } from './then-borders.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

/** An incident at Asmara on `day`, told as the town or as Eritrea by `precision`. */
function atAsmara(day: string, precision: 'town' | 'country' = 'town'): EventRecord {
  const location = {
    name: precision === 'town' ? 'Asmara' : 'Eritrea',
    country: 'ER',
    lat: 15.3,
    lon: 38.9,
    precision,
    entity_id: precision === 'town' ? 'place:er:asmara' : 'country:ER',
    spans: [[10, 16] as [number, number]],
  };
  const date = { value: day, precision: 'day', spans: [] };
  return { location, date } as unknown as EventRecord;
}

/** A mention of Eritrea in the text, by its name or by its nationality. */
const eritrea = (via: Mention['via']) =>
  ({
    entity_id: 'country:ER',
    kind: 'country',
    name: 'Eritrea',
    via,
    score: 1,
    span: [0, 7],
    place: { country: 'ER', lat: null, lon: null, precision: 'country' },
  }) satisfies Mention;

describe("a town of a state that seceded after the incident's day", () => {
  it('lies in the older state it broke away from', () => {
    const event = atAsmara('1975-03-02');
    placeWithinThenBorders(event, [eritrea('demonym')]);
    expect(event.location).toMatchObject({ name: 'Asmara', country: 'ET', entity_id: 'place:er:asmara' });
  });
});

describe('a place the secession does not move (kept)', () => {
  it('stays in the new state from its first day on', () => {
    const event = atAsmara('1998-06-05');
    placeWithinThenBorders(event, []);
    expect(event.location?.country).toBe('ER');
  });

  it('stays when the date is only the year of independence', () => {
    const event = atAsmara('1993');
    placeWithinThenBorders(event, []);
    expect(event.location?.country).toBe('ER');
  });

  it('stays when the text names the new state by name', () => {
    const event = atAsmara('1975-03-02');
    placeWithinThenBorders(event, [eritrea('name')]);
    expect(event.location?.country).toBe('ER');
  });

  it('stays when the text names only the new state itself', () => {
    const event = atAsmara('1975-03-02', 'country');
    placeWithinThenBorders(event, []);
    expect(event.location?.country).toBe('ER');
  });
});

describe("a town of a state that seceded since, under the older state's dateline", () => {
  const told = (year: string) =>
    resolvedEvents({
      text: 'ETHIOPIA.  Rebels raided the town of Asmara and seized two traders.',
      published: `${year}-03-02`,
      mentions: [
        ['ETHIOPIA', { ...placeEntity('Ethiopia', 'ET', 'country'), kind: 'country' }],
        ['Asmara', placeEntity('Asmara', 'ER')],
      ],
    })[0].location;

  it('keeps the town, in the state that held it on the day', () => {
    expect(told('1975')).toMatchObject({ name: 'Asmara', country: 'ET' });
  });

  it('gives way to the dateline country once the town lies abroad', () => {
    expect(told('2001')).toMatchObject({ name: 'Ethiopia', country: 'ET' });
  });
});

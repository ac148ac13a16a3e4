import { describe, it, expect } from 'vitest';
import type { EventRecord } from '../api/api-types.js';
import { fieldsOf, precisionNote } from './event-fields.js';

const base: EventRecord = {
  id: 'e-1',
  event_type: null,
  sub_event_type: null,
  date: null,
  timing: null,
  location: null,
  actor1: null,
  actor2: null,
  claimed_by: null,
  fatalities: null,
  injuries: null,
  evidence: [[0, 40]],
  confidence: 0.8,
};

describe('event fields', () => {
  it('lists only the fields the event has, with the evidence sentences last', () => {
    const fields = fieldsOf({ ...base, fatalities: { value: 12, qualifier: 'at_least', spans: [[10, 18]] } });
    expect(fields.map((f) => f.key)).toEqual(['fatalities', 'evidence']);
    expect(fields[0]).toMatchObject({ value: 'at least 12', spans: [[10, 18]] });
  });

  it('keeps every field in reading order with its spans and entity link', () => {
    const fields = fieldsOf({
      ...base,
      event_type: { value: 'Battles', spans: [[1, 2]] },
      sub_event_type: { value: 'Armed clash', spans: [[1, 2]] },
      date: { value: '2024-03-02', precision: 'day', spans: [[3, 4]] },
      timing: { value: 'current', spans: [] },
      location: {
        name: 'Mosul',
        country: 'IQ',
        lat: 36.3,
        lon: 43.1,
        precision: 'town',
        entity_id: 'place:iq:mosul',
        spans: [[5, 10]],
      },
      actor1: { name: 'Islamic State', entity_id: 'actor:islamic-state', spans: [[11, 15]] },
      actor2: { name: 'Military Forces of Iraq', entity_id: null, spans: [] },
      claimed_by: { name: 'Islamic State', entity_id: 'actor:islamic-state', spans: [[20, 24]] },
      injuries: { value: 3, qualifier: 'exact', spans: [[30, 31]] },
    });
    expect(fields.map((f) => f.key)).toEqual([
      'event_type',
      'sub_event_type',
      'date',
      'timing',
      'location',
      'actor1',
      'actor2',
      'claimed_by',
      'injuries',
      'evidence',
    ]);
    expect(fields.find((f) => f.key === 'location')).toMatchObject({
      value: 'Mosul',
      entityId: 'place:iq:mosul',
    });
    expect(fields.find((f) => f.key === 'injuries')?.value).toBe('3');
  });

  it('says where a date or a side with no words of its own came from, and nothing for one that has words', () => {
    const fields = fieldsOf({
      ...base,
      date: { value: '2024-03-02', precision: 'day', spans: [], basis: 'publication date' },
      actor2: { name: 'Civilians', entity_id: 'actor:civilians', spans: [[5, 9]], basis: 'people harmed' },
      claimed_by: { name: 'Islamic State', entity_id: 'actor:islamic-state', spans: [[20, 24]] },
    });
    const basis = (key: string) => fields.find((f) => f.key === key)?.basis;
    expect(basis('date')).toBe('basisPublicationDate');
    expect(basis('actor2')).toBe('basisPeopleHarmed');
    expect(basis('claimed_by')).toBeUndefined();
    const fetched = fieldsOf({
      ...base,
      date: { value: '2024-03-02', precision: 'day', spans: [], basis: 'retrieval date' },
    });
    expect(fetched.find((f) => f.key === 'date')?.basis).toBe('basisRetrievalDate');
  });

  it('says how finely a place is known, so a country-level pin is not read as the capital', () => {
    expect(precisionNote({ precision: 'country' })).toBe('(country level)');
    // a capital pinned to its town is a city to the reader, not a small town
    expect(precisionNote({ precision: 'town' })).toBe('(city or town)');
  });
});

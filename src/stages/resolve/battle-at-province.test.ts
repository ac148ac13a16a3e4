import { describe, expect, it } from 'vitest';
import type { PlaceRef } from '../../core/records.js';
import { mergeIncidents } from './incident-merger.js';
import { mention, place } from './placed-fixture.js';

describe('a battle told again at the province around its town', () => {
  const day = { value: '2016-04-02', precision: 'day' as const, spans: [] };
  const side = (id: string) => ({ name: id, entity_id: id, spans: [[0, 1]] as [number, number][] });
  const town: PlaceRef = { ...place('Hit', 'IQ'), lat: 33.64, lon: 42.83 };
  const province: PlaceRef = { ...place('Anbar', 'IQ'), precision: 'region', lat: 33.4, lon: 42.5 };

  it('is one battle when its sides are the first telling’s, in another order or in part', () => {
    const merged = mergeIncidents([
      mention(0, 'Armed clash', { location: town, date: day, actor1: side('army'), actor2: side('is') }),
      mention(2, 'Armed clash', { location: province, date: day, actor1: side('is') }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].event.location?.name).toBe('Hit');
  });

  it('stays apart when it names another side', () => {
    const merged = mergeIncidents([
      mention(0, 'Armed clash', { location: town, date: day, actor1: side('army'), actor2: side('is') }),
      mention(2, 'Armed clash', {
        location: province,
        date: day,
        actor1: side('tribes'),
        actor2: side('is'),
      }),
    ]);
    expect(merged).toHaveLength(2);
  });
});

describe('a reference back that names the province of the town an incident was told at', () => {
  it('joins that incident, past another told between', () => {
    const town: PlaceRef = { ...place('Tashli', 'TR'), lat: 39.5, lon: 44.0 };
    const province: PlaceRef = { ...place('Kars', 'TR'), precision: 'region', lat: 39.7, lon: 43.1 };
    const merged = mergeIncidents([
      mention(0, 'Suicide bomb', { location: town }),
      { ...mention(1, 'Remote explosive/landmine/IED', { location: place('Mardo', 'TR') }), separate: true },
      mention(3, 'Suicide bomb', { location: { ...province, spans: [[37, 41]] } }, true),
    ]);
    expect(merged.map((m) => m.event.evidence.length)).toEqual([2, 1]);
    expect(merged[1].event.sub_event_type?.value).toBe('Remote explosive/landmine/IED');
  });
});

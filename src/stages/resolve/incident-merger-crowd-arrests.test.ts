import { describe, expect, it } from 'vitest';
import type { SubEventType } from '../../core/taxonomy.js';
import { mergeIncidents } from './incident-merger.js';
import { mention, place } from './placed-fixture.js';

describe('the incident merger on a crowd and its arrests', () => {
  const day = (value: string) => ({ value, precision: 'day' as const, spans: [] });

  it('makes a peaceful protest whose crowd is arrested right after it a protest with intervention', () => {
    const tehran = place('Tehran', 'IR');
    const subTypes = (first: SubEventType, second: SubEventType) =>
      mergeIncidents([mention(0, first, { location: tehran }), mention(1, second, { location: tehran })]).map(
        (m) => m.event.sub_event_type?.value,
      );
    expect(subTypes('Peaceful protest', 'Arrests')).toEqual(['Protest with intervention']);
    expect(subTypes('Mob violence', 'Arrests')).toEqual(['Mob violence']);
  });

  it('takes unplaced, undated arrests told right after a protest into it, not those told later', () => {
    const sitIn = () =>
      mention(0, 'Peaceful protest', { location: place('Tehran', 'IR'), date: day('2015-07-22') });
    const subTypes = (sentence: number) =>
      mergeIncidents([sitIn(), mention(sentence, 'Arrests')]).map((m) => m.event.sub_event_type?.value);
    expect(subTypes(1)).toEqual(['Protest with intervention']);
    expect(subTypes(4)).toEqual(['Peaceful protest', 'Arrests']);
  });
});

import { describe, expect, it } from 'vitest';
import type { SubEventType } from '../../core/taxonomy.js';
import { mergeIncidents } from './incident-merger.js';
import { mention, place } from './placed-fixture.js';

describe('the incident merger on crowds: unrest over two nights and the arrests told with it', () => {
  const day = (value: string) => ({ value, precision: 'day' as const, spans: [] });

  it('makes riots told on two nights in one town one event dated from the first night', () => {
    const merged = mergeIncidents([
      mention(0, 'Mob violence', { location: place('Lakhpur', 'IN'), date: day('2002-03-30') }),
      mention(5, 'Violent demonstration', { location: place('Lakhpur', 'IN'), date: day('2002-03-29') }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].event.date?.value).toBe('2002-03-29');
  });

  it('makes the protest a riot is told "in protest against" in its own sentence the riot', () => {
    const merged = mergeIncidents([
      mention(0, 'Mob violence', { location: place('Lakhpur', 'IN') }),
      mention(0, 'Peaceful protest', { location: place('Lakhpur', 'IN') }),
    ]);
    expect(merged.map((m) => m.event.sub_event_type?.value)).toEqual(['Mob violence']);
  });

  it("takes the army's captures told next to a clash at the same town into the clash", () => {
    const army = { name: 'Military Forces of Ruritania', entity_id: 'actor:mil-rt', spans: [] };
    const police = { name: 'Police Forces of Ruritania', entity_id: 'actor:pol-rt', spans: [] };
    const captures = (actor1: typeof army) =>
      mergeIncidents([
        mention(0, 'Arrests', { location: place('Dalea', 'YE'), actor1 }),
        mention(1, 'Armed clash', { location: place('Dalea', 'YE') }),
      ]).map((m) => m.event.sub_event_type?.value);
    expect(captures(army)).toEqual(['Armed clash']);
    expect(captures(police)).toEqual(['Arrests', 'Armed clash']);
  });

  it('takes undated arrests told right after a riot into the riot', () => {
    const merged = mergeIncidents([
      mention(0, 'Mob violence', { location: place('Lakhpur', 'IN'), date: day('2002-03-29') }),
      mention(1, 'Arrests', { location: place('Lakhpur', 'IN') }),
    ]);
    expect(merged).toHaveLength(1);
  });

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

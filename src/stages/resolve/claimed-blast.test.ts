import { describe, expect, it } from 'vitest';
import { mergeIncidents } from './incident-merger.js';
import { mention, place } from './placed-fixture.js';

describe("a group's claim of an act at the town of a blast told sentences before", () => {
  const day = (value: string) => ({ value, precision: 'day' as const, spans: [] });
  const group = {
    name: 'Islamic State',
    entity_id: 'actor:islamic-state',
    spans: [[0, 1]] as [number, number][],
  };
  const qamishli = place('Qamishli');
  const blast = () =>
    mention(0, 'Suicide bomb', { location: qamishli, date: day('2016-03-07'), fatalities: null });

  it('is the claim of that blast, however many sentences of witnesses stand between', () => {
    const merged = mergeIncidents([
      blast(),
      mention(6, 'Attack', { location: qamishli, actor1: group, claimed_by: group }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].event.sub_event_type?.value).toBe('Suicide bomb');
    expect(merged[0].event.claimed_by?.name).toBe('Islamic State');
  });

  it('stays apart when the claim gives another day', () => {
    const merged = mergeIncidents([
      blast(),
      mention(6, 'Attack', { location: qamishli, actor1: group, claimed_by: group, date: day('2016-03-02') }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('stays apart when the claim is of an act at another town', () => {
    const merged = mergeIncidents([
      blast(),
      mention(6, 'Attack', { location: place('Amuda'), actor1: group, claimed_by: group }),
    ]);
    expect(merged).toHaveLength(2);
  });
});

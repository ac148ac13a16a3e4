import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../core/records.js';
import type { SubEventType } from '../../core/taxonomy.js';
import type { Span } from '../../core/span.js';
import { mention, place } from './placed-fixture.js';
import { foldTownDays } from './town-day.js';

const day = (value: string): EventRecord['date'] => ({ value, precision: 'day', spans: [] });
const toll = (value: number): EventRecord['fatalities'] => ({
  value,
  qualifier: 'exact',
  spans: [[value, value + 1] as Span],
});
const aleppoFriday = { location: place('Aleppo'), date: day('2016-11-18') };

describe('one event per town and day', () => {
  it("folds a town's reports of one day into its first, keeping the largest count (a total and its parts)", () => {
    const folded = foldTownDays([
      mention(0, 'Shelling/artillery/missile attack', { ...aleppoFriday, fatalities: toll(5) }),
      mention(2, 'Shelling/artillery/missile attack', { ...aleppoFriday, fatalities: toll(3) }),
      mention(3, 'Shelling/artillery/missile attack', { ...aleppoFriday, fatalities: toll(7) }),
    ]);
    expect(folded).toHaveLength(1);
    expect(folded[0].event.fatalities?.value).toBe(7);
    expect(folded[0].event.evidence).toHaveLength(3);
  });

  it('adds the victims a report tells as more ("also killed")', () => {
    const more = mention(1, 'Shelling/artillery/missile attack', { ...aleppoFriday, fatalities: toll(2) });
    const folded = foldTownDays([
      mention(0, 'Shelling/artillery/missile attack', { ...aleppoFriday, fatalities: toll(5) }),
      { ...more, moreVictims: true },
    ]);
    expect(folded.map((p) => p.event.fatalities?.value)).toEqual([7]);
  });

  it.each([
    ['another town', { location: place('Homs') }],
    ['another day', { date: day('2016-11-19') }],
    ['another kind', {}, 'Air/drone strike' as const],
    ['another named side', { actor1: { name: 'B', entity_id: 'group:b', spans: [] } }],
    ['a recalled incident', { timing: { value: 'historical' as const, spans: [] } }],
  ])('keeps a report of %s apart', (_, extra, sub: SubEventType = 'Shelling/artillery/missile attack') => {
    const first = mention(0, 'Shelling/artillery/missile attack', {
      ...aleppoFriday,
      actor1: { name: 'A', entity_id: 'group:a', spans: [] },
    });
    expect(foldTownDays([first, mention(1, sub, { ...aleppoFriday, ...extra })])).toHaveLength(2);
  });

  it('keeps apart an incident its clause calls separate', () => {
    const second = mention(1, 'Suicide bomb', aleppoFriday);
    expect(foldTownDays([mention(0, 'Suicide bomb', aleppoFriday), second])).toHaveLength(1);
    expect(
      foldTownDays([mention(0, 'Suicide bomb', aleppoFriday), { ...second, separate: true }]),
    ).toHaveLength(2);
  });
});

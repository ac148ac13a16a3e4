import { describe, expect, it } from 'vitest';
import type { EventRecord, PlaceRef } from '../../core/records.js';
import { mention, place } from './placed-fixture.js';
import { foldTownDays } from './town-day.js';
import { absorb } from './incident-absorb.js';
import type { Placed } from './placed.js';

const day = (value: string): EventRecord['date'] => ({ value, precision: 'day', spans: [] });
const toll = (value: number): EventRecord['fatalities'] => ({ value, qualifier: 'exact', spans: [] });
const province = (name: string): PlaceRef => ({
  ...place(name),
  precision: 'region',
  entity_id: `region:${name}`,
});
const army = { name: 'Army', entity_id: 'actor:army', spans: [] };
const monday = { date: day('2019-06-03'), actor1: army };
const clash = (at: number, location: PlaceRef, extra: Partial<EventRecord> = {}): Placed =>
  mention(at, 'Armed clash', { ...monday, location, ...extra });
const fold = (items: Placed[]) => foldTownDays(items, '');

describe('an incident told at a province and at its seat', () => {
  it('folds two tellings at one province on one day, keeping the larger count', () => {
    const folded = fold([
      clash(0, province('Sindhia'), { fatalities: toll(40) }),
      clash(3, province('Sindhia'), { fatalities: toll(6) }),
    ]);
    expect(folded.map((p) => p.event.fatalities?.value)).toEqual([40]);
  });

  it('folds the province and its same-named seat, keeping the town', () => {
    const folded = fold([clash(0, place('Sindhia')), clash(2, province('Sindhia'), { fatalities: toll(6) })]);
    expect(folded.map((p) => [p.event.location?.entity_id, p.event.fatalities?.value])).toEqual([
      ['place:Sindhia', 6],
    ]);
    const seatLater = fold([clash(0, province('Sindhia')), clash(2, place('Sindhia'))]);
    expect(seatLater.map((p) => p.event.location?.precision)).toEqual(['town']);
  });

  it.each([
    ['on another day', clash(2, place('Sindhia'), { date: day('2019-06-04') })],
    ['by another side', clash(2, place('Sindhia'), { actor1: { ...army, name: 'B', entity_id: 'actor:b' } })],
    ['of another kind', mention(2, 'Air/drone strike', { ...monday, location: place('Sindhia') })],
    ['in a same-named town abroad', clash(2, place('Sindhia', 'IQ'))],
    ['at another town of the province', clash(2, place('Rampur'))],
  ])('keeps a telling %s apart', (_, other) => {
    expect(fold([clash(0, province('Sindhia')), other])).toHaveLength(2);
  });

  it("takes the seat of a province an incident was first told at for that incident's finer town", () => {
    const lead = clash(0, { ...province('Sindhia'), lat: 30, lon: 70 }, { fatalities: toll(6) });
    absorb(lead, clash(1, { ...place('Rampur'), lat: 30.2, lon: 70.1 }));
    expect([lead.event.location?.name, lead.provincesTold]).toEqual(['Rampur', ['sindhia']]);
    const folded = fold([lead, clash(4, place('Sindhia'))]);
    expect(folded.map((p) => [p.event.location?.name, p.event.fatalities?.value])).toEqual([['Rampur', 6]]);
    // Told the other way round, the town found within the province still wins over the seat.
    const seat = clash(0, place('Sindhia'));
    const afar = clash(0, { ...province('Sindhia'), lat: 30, lon: 70 });
    absorb(afar, clash(1, { ...place('Tirin'), lat: 33, lon: 70 }));
    expect(afar.provincesTold).toBeUndefined();
    expect(fold([seat, lead]).map((p) => p.event.location?.name)).toEqual(['Rampur']);
  });
});

import { describe, expect, it } from 'vitest';
import type { CountRef, PlaceRef } from '../../core/records.js';
import { mergeIncidents } from './incident-merger.js';
import type { Placed } from './placed.js';
import { mention, place } from './placed-fixture.js';

// Two sources' reports of one incident in one article: the army's, dated by the day it spoke, and the
// governor's, which dates the blast itself and names the district town.

const day = (value: string) => ({ value, precision: 'day' as const, spans: [] });
const count = (value: number): CountRef => ({ value, qualifier: 'exact', spans: [] });
const at = (name: string, lat: number, lon: number): PlaceRef => ({ ...place(name, 'RT'), lat, lon });
const city = at('Varna Nova', 38.0, 40.2);
const district = at('Kelso', 38.4, 40.6);

/** The army's report (sentence 0, dated by the day it was told) and the governor's (sentence 2). */
function reports(governor: { killed: number; wounded: number; date: string; where: PlaceRef }): Placed[] {
  const army = mention(0, 'Remote explosive/landmine/IED', {
    location: city,
    date: day('2021-06-13'),
    fatalities: count(2),
    injuries: count(4),
  });
  army.reportDay = true;
  const told = mention(2, 'Remote explosive/landmine/IED', {
    location: governor.where,
    date: day(governor.date),
    fatalities: count(governor.killed),
    injuries: count(governor.wounded),
  });
  return mergeIncidents([army, told]);
}

describe("a second source's report of an incident", () => {
  it('is the same incident, dated and placed by the report that dates the incident itself', () => {
    const merged = reports({ killed: 2, wounded: 4, date: '2021-06-12', where: district });
    expect(merged.map((p) => [p.event.location?.name, p.event.date?.value])).toEqual([
      ['Kelso', '2021-06-12'],
    ]);
  });

  it('is another incident when its wounded differ', () => {
    expect(reports({ killed: 2, wounded: 5, date: '2021-06-12', where: district })).toHaveLength(2);
  });

  it('is another incident when its town lies far off', () => {
    const far = at('Dorvik', 41.0, 29.0);
    expect(reports({ killed: 2, wounded: 4, date: '2021-06-12', where: far })).toHaveLength(2);
  });

  it('is another incident two days before', () => {
    expect(reports({ killed: 2, wounded: 4, date: '2021-06-11', where: district })).toHaveLength(2);
  });
});

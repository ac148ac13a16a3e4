import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../core/records.js';
import { incidentReport, PLACES, type ReportSpec } from './fixtures/incident-reports.js';
import { datesMatch, sameIncident } from './incident-rules.js';

const base: ReportSpec = {
  outlet: 'Desk A',
  published: '2024-06-02',
  date: '2024-06-01',
  place: PLACES.baghdad,
  type: 'Explosions/Remote violence',
};
const eventOf = (changes: Partial<ReportSpec>, edit: (e: EventRecord) => EventRecord = (e) => e) =>
  edit(incidentReport({ ...base, outlet: 'Desk B', ...changes }).events[0]);
const anchor = incidentReport(base).events[0];

describe('sameIncident', () => {
  it.each<[string, EventRecord, boolean]>([
    [
      'the same place by name when no entity is known',
      eventOf({ place: { ...PLACES.baghdad, entity_id: null } }),
      true,
    ],
    [
      'the same place named with other spacing and case',
      eventOf({ place: { ...PLACES.baghdad, name: ' BAGHDAD ', entity_id: null } }),
      true,
    ],
    [
      'a place of the same name in another country',
      eventOf({ place: { ...PLACES.baghdad, country: 'SY' } }),
      false,
    ],
    ['an event of unknown timing', eventOf({}, (e) => ({ ...e, timing: null })), false],
    ['an event of unknown date', eventOf({}, (e) => ({ ...e, date: null })), false],
    ['an event without a place', eventOf({}, (e) => ({ ...e, location: null })), false],
    [
      'a month-precise date of the same month',
      eventOf({}, (e) => ({ ...e, date: { value: '2024-06', precision: 'month', spans: [] } })),
      false,
    ],
    ['a date two days later', eventOf({ date: '2024-06-03' }), false],
    ['a date a day earlier', eventOf({ date: '2024-05-31' }), true],
  ])('compares %s with a Baghdad bombing', (_name, other, expected) => {
    expect(sameIncident(anchor, other)).toBe(expected);
    expect(sameIncident(other, anchor)).toBe(expected);
  });
});

describe('datesMatch', () => {
  const day = (value: string) => ({ value, precision: 'day' as const, spans: [] });
  it.each<[string, string, boolean, boolean]>([
    ['2024-02-28', '2024-03-01', false, false],
    ['2024-02-29', '2024-03-01', false, true],
    ['2023-12-31', '2024-01-01', false, true],
    ['2023-12-31', '2024-01-01', true, false],
    ['2024-01-01', '2024-01-01', true, true],
  ])('matches %s and %s (strict: %s) → %s', (a, b, strict, expected) => {
    expect(datesMatch(day(a), day(b), strict)).toBe(expected);
  });

  it('matches month-precise dates only on the same month', () => {
    const month = (value: string) => ({ value, precision: 'month' as const, spans: [] });
    expect(datesMatch(month('2024-06'), month('2024-06'), false)).toBe(true);
    expect(datesMatch(month('2024-06'), month('2024-07'), false)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { eventFilterQuery, eventListQuery, filterOf } from './event-filter-query.js';

describe('the shared event filter', () => {
  it.each([
    ['a day', { since: '2024-02-10', until: '2024-02-10' }, { since: '2024-02-10', until: '2024-02-10' }],
    [
      'a month, to its last day',
      { since: '2024-02', until: '2024-02' },
      { since: '2024-02-01', until: '2024-02-29' },
    ],
    ['a year', { since: '2023', until: '2023' }, { since: '2023-01-01', until: '2023-12-31' }],
    ['a month of a common year', { until: '2023-02' }, { until: '2023-02-28' }],
  ])('reads %s as the period it names', (_name, query, expected) => {
    expect(filterOf(eventFilterQuery.parse(query))).toEqual(expected);
  });

  it.each([
    ['a word', { since: 'yesterday' }],
    ['a day that no calendar has', { until: '2023-02-29' }],
    ['a thirteenth month', { since: '2024-13' }],
    ['a country name instead of codes', { country: 'Syria' }],
    ['a box with south above north', { bbox: '35,37,38,34' }],
    ['an unknown event type', { type: 'Skirmish' }],
  ])('refuses %s', (_name, query) => {
    expect(eventFilterQuery.safeParse(query).success).toBe(false);
  });

  it.each([
    ['a word', { limit: 'ten' }, 'limit', 'expected a whole number from 1 to 1000'],
    ['a fraction', { limit: '2.5' }, 'limit', 'expected a whole number from 1 to 1000'],
    ['too many', { limit: '5000' }, 'limit', 'expected a whole number from 1 to 1000'],
    ['a negative toll', { min_fatalities: '-3' }, 'min_fatalities', 'expected a whole number 0 or more'],
    ['a word for a toll', { min_fatalities: 'many' }, 'min_fatalities', 'expected a whole number 0 or more'],
  ])('refuses %s for a count, saying what it accepts', (_name, query, parameter, message) => {
    const issue = eventListQuery.safeParse(query).error?.issues[0];
    expect(issue).toMatchObject({ path: [parameter], message });
    expect(eventListQuery.parse({ limit: '1000', min_fatalities: '0' })).toMatchObject({ limit: 1000 });
  });

  it('refuses a range that ends before it starts, naming both ends, and keeps a one-day range', () => {
    const backwards = eventFilterQuery.parse({ since: '2024', until: '2023-12' });
    expect(() => filterOf(backwards)).toThrow('since: 2024-01-01 is after until 2023-12-31');
    expect(filterOf(eventFilterQuery.parse({ since: '2024-02-10', until: '2024-02-10' }))).toBeTruthy();
  });

  it('writes stored_after as the store writes instants, whatever precision it was given in', () => {
    const storedAfter = (stored_after: string) =>
      filterOf(eventFilterQuery.parse({ stored_after })).storedAfter;
    expect(storedAfter('2025-07-14T06:30:15Z')).toBe('2025-07-14T06:30:15.000Z');
    expect(storedAfter('2025-07-14T06:30:15.250Z')).toBe('2025-07-14T06:30:15.250Z');
    expect(filterOf(eventFilterQuery.parse({})).storedAfter).toBeUndefined();
  });

  it('maps API names onto the store filter and keeps paging options for lists', () => {
    const query = eventListQuery.parse({
      country: 'sy,iq',
      q: 'غارة',
      sub_type: 'Air/drone strike',
      limit: '5',
    });
    expect(filterOf(query)).toEqual({
      country: ['SY', 'IQ'],
      text: 'غارة',
      subType: 'Air/drone strike',
      sort: '-date',
      limit: 5,
    });
  });
});

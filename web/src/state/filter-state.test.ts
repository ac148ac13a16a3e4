import { describe, it, expect } from 'vitest';
import {
  datesReversed,
  filtersFromParams,
  filtersToParams,
  refusedFilter,
  isoDay,
  refusedDays,
  withoutDates,
  type Filters,
} from './filter-state.js';

describe('filter state', () => {
  const roundTrips: Array<[string, Filters]> = [
    ['a country', { country: 'IQ' }],
    [
      'every text filter',
      { country: 'SY', admin1: 'Idlib', type: 'Battles', sub_type: 'Armed clash', actor: 'داعش', q: 'قتل' },
    ],
    ['timing and dates', { timing: 'historical', since: '2024-01-01', until: '2024-02-29' }],
    ['zero fatalities as a floor', { min_fatalities: 0 }],
    ['a bounding box', { bbox: [35.1234, 29.5, 48.75, 37.3811] }],
  ];

  it.each(roundTrips)('survives a round trip through the address: %s', (_, filters) => {
    const back = filtersFromParams(new URLSearchParams(filtersToParams(filters).toString()));
    expect(back).toEqual(filters);
  });

  const dropped: Array<[string, string, Filters]> = [
    ['an unknown timing', 'timing=later&country=LY', { country: 'LY' }],
    ['a date that is not a day', 'since=March&until=2024-13', {}],
    [
      'a day shaped right but not on the calendar',
      'since=2023-02-29&until=2024-04-31&type=Riots',
      { type: 'Riots' },
    ],
    ['a negative or fractional floor', 'min_fatalities=-3', {}],
    ['a bbox with three numbers', 'bbox=1,2,3', {}],
    ['blank text', 'q=%20%20&actor=', {}],
  ];

  it.each(dropped)('drops %s instead of sending it to the API', (_, query, expected) => {
    expect(filtersFromParams(new URLSearchParams(query))).toEqual(expected);
  });

  it('names the dates it drops, so the page can say why the range was not applied', () => {
    expect(refusedDays(new URLSearchParams('since=2025-02-29&until=2025-03-09'))).toEqual({
      since: '2025-02-29',
    });
    expect(refusedDays(new URLSearchParams('since=soon&until=2025-06-31'))).toEqual({
      since: 'soon',
      until: '2025-06-31',
    });
  });

  it('refuses no date that is a day or is absent', () => {
    expect(refusedDays(new URLSearchParams('since=2024-02-29&country=SD'))).toEqual({});
    expect(filtersFromParams(new URLSearchParams('since=2024-02-29'))).toEqual({ since: '2024-02-29' });
  });

  it('leaves out empty values when writing parameters', () => {
    expect(filtersToParams({ country: ' ', q: '', actor: undefined }).toString()).toBe('');
  });

  it('keeps everything but the dates for the timeline', () => {
    expect(withoutDates({ country: 'YE', since: '2024-01-01', until: '2024-01-31' })).toEqual({
      country: 'YE',
    });
  });
});

describe('a day typed in a date field', () => {
  it('is read as ISO whatever digits and separators the reader used', () => {
    expect(isoDay(' 2024-03-05 ')).toBe('2024-03-05');
    expect(isoDay('2024/3/5')).toBe('2024-03-05');
    expect(isoDay('٢٠٢٤-٠٣-٠٥')).toBe('2024-03-05');
    expect(isoDay('۲۰۲۴.۰۳.۰۵')).toBe('2024-03-05');
    expect(isoDay('')).toBe('');
  });

  it('is refused when the order is a guess or the day is not on the calendar', () => {
    expect(isoDay('05/03/2024')).toBeNull();
    expect(isoDay('03/05/2024')).toBeNull();
    expect(isoDay('2024-02-30')).toBeNull();
    expect(isoDay('yesterday')).toBeNull();
  });

  it('tells a range whose start is after its end, and only that', () => {
    expect(datesReversed({ since: '2024-03-01', until: '2024-02-10' })).toBe(true);
    expect(datesReversed({ since: '2024-03-01', until: '2024-03-01' })).toBe(false);
    expect(datesReversed({ since: '2024-03-01' })).toBe(false);
    expect(datesReversed({ until: '2024-02-10' })).toBe(false);
  });
});

describe('a filter the API refused', () => {
  it('is the one its error names when the filters hold it, and nothing for any other refusal', () => {
    const filters = { country: 'Iraq', type: 'Battles' };
    expect(refusedFilter('country', filters)).toBe('country');
    expect(refusedFilter('sub_type', filters)).toBeNull();
    expect(refusedFilter('limit', filters)).toBeNull();
    expect(refusedFilter('toString', filters)).toBeNull();
    expect(refusedFilter(undefined, filters)).toBeNull();
  });
});

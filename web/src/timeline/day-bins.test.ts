import { describe, it, expect } from 'vitest';
import { addDays, binDays, daysPerBar, focusDays, rangeOfBins } from './day-bins.js';

describe('day bins', () => {
  it('fills the days between events with empty bars', () => {
    const bins = binDays(
      [
        { key: '2024-03-03', count: 1 },
        { key: '2024-03-01', count: 2 },
      ],
      100,
    );
    expect(bins.map((b) => [b.start, b.count])).toEqual([
      ['2024-03-01', 2],
      ['2024-03-02', 0],
      ['2024-03-03', 1],
    ]);
  });

  it('widens the bins so a long range fits the number of bars', () => {
    const bins = binDays(
      [
        { key: '2024-01-01', count: 1 },
        { key: '2024-12-31', count: 4 },
      ],
      61,
    );
    expect(bins.length).toBeLessThanOrEqual(61);
    expect(bins[0]).toEqual({ start: '2024-01-01', end: '2024-01-06', count: 1 });
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(5);
    expect(bins[bins.length - 1].end >= '2024-12-31').toBe(true);
  });

  it('centres a short range on an axis of the minimum length', () => {
    const bins = binDays([{ key: '2024-03-12', count: 3 }], 100, 15);
    expect(bins).toHaveLength(15);
    expect(bins[0].start).toBe('2024-03-05');
    expect(bins[7]).toEqual({ start: '2024-03-12', end: '2024-03-12', count: 3 });
  });

  it('leaves out month and year keys that have no day', () => {
    expect(
      binDays(
        [
          { key: '2024-03', count: 9 },
          { key: '2024', count: 1 },
        ],
        10,
      ),
    ).toEqual([]);
  });

  it('counts across a leap day and a month end', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });

  it('turns a brush in either direction into a since/until range', () => {
    const bins = binDays(
      [
        { key: '2024-05-01', count: 1 },
        { key: '2024-05-10', count: 1 },
      ],
      100,
    );
    expect(rangeOfBins(bins, 6, 2)).toEqual({ since: '2024-05-03', until: '2024-05-07' });
    expect(rangeOfBins(bins, -3, 99)).toEqual({ since: '2024-05-01', until: '2024-05-10' });
  });
});

describe('the days most events fall on', () => {
  const month = Array.from({ length: 30 }, (_, i) => ({ key: addDays('2017-11-01', i), count: 10 }));

  it('sets aside a far day that would squeeze the month into one bar', () => {
    const focused = focusDays([{ key: '1945-08-06', count: 1 }, ...month, { key: '2018-03-01', count: 2 }]);
    expect(focused.rows[0].key).toBe('2017-11-01');
    expect(focused.rows[focused.rows.length - 1].key).toBe('2017-11-30');
    expect([focused.earlier, focused.later]).toEqual([1, 2]);
  });

  it('sets aside one far day of a short list too', () => {
    const fortnight = Array.from({ length: 14 }, (_, i) => ({ key: addDays('2019-06-03', i), count: 3 }));
    const focused = focusDays([{ key: '1967-06-05', count: 1 }, ...fortnight]);
    expect(focused.rows.map((r) => r.key)).toEqual(fortnight.map((r) => r.key));
    expect([focused.earlier, focused.later]).toEqual([1, 0]);
  });

  it('keeps every day when the far days hold more than a few events', () => {
    const focused = focusDays([{ key: '1945-08-06', count: 40 }, ...month]);
    expect(focused.rows).toHaveLength(31);
    expect(focused.earlier).toBe(0);
  });

  it('keeps every day when leaving the ends out would hardly shorten the axis', () => {
    const focused = focusDays([{ key: '2017-10-25', count: 1 }, ...month]);
    expect(focused.rows).toHaveLength(31);
  });

  it('tells how many days a bar covers, one on a short axis and many on a long one', () => {
    const short = binDays(
      [
        { key: '2024-03-01', count: 1 },
        { key: '2024-03-20', count: 1 },
      ],
      120,
    );
    const years = binDays(
      [
        { key: '2002-02-27', count: 1 },
        { key: '2024-06-30', count: 1 },
      ],
      120,
    );
    expect(daysPerBar(short)).toBe(1);
    expect(daysPerBar(years)).toBe(Math.ceil(8160 / 120));
    expect(daysPerBar([])).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { filtersSummary } from './watchlist-panel.js';

describe('the name of a watchlist the reader did not name', () => {
  it('lists the values of its filters', () => {
    expect(filtersSummary('country=YE&type=Battles&q=Aden')).toBe('Yemen · Battles · "Aden"');
    expect(filtersSummary('since=2024-03-01&min_fatalities=5')).toBe(
      '2024-03-01 – … · Fatalities at least 5',
    );
  });

  it('is "All events" when no filter is set', () => {
    expect(filtersSummary('')).toBe('All events');
  });
});

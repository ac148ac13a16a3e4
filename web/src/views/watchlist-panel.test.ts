import { describe, expect, it } from 'vitest';
import { filtersSummary } from './watchlist-panel.js';

describe('the name of a watchlist the reader did not name', () => {
  it('lists the values of its filters', () => {
    expect(filtersSummary('country=YE&type=Battles&q=Aden')).toBe('Yemen · Battles · "Aden"');
    expect(filtersSummary('since=2024-03-01&min_fatalities=5')).toBe(
      '2024-03-01 – … · Fatalities at least 5',
    );
  });

  it('quotes a search once, even when the reader quoted it', () => {
    expect(filtersSummary('q=%22attack%22')).toBe('"attack"');
    expect(filtersSummary('q=%22car+bomb%22&country=YE')).toBe('Yemen · "car bomb"');
    expect(filtersSummary('q=car+bomb')).toBe('"car bomb"');
  });

  it('is "All events" when no filter is set', () => {
    expect(filtersSummary('')).toBe('All events');
  });
});

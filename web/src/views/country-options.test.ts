import { describe, expect, it } from 'vitest';
import { countryOptions } from './country-options.js';

describe('the country dropdown', () => {
  it('lists the countries with events by name after "All countries"', () => {
    expect(countryOptions(['SY', 'IQ'], 'IQ')).toEqual([
      ['', 'All countries'],
      ['IQ', 'Iraq'],
      ['SY', 'Syria'],
    ]);
  });

  it('offers a code from the address that has no events, so the dropdown shows the filter in force', () => {
    expect(countryOptions(['IQ'], 'XX')).toEqual([
      ['', 'All countries'],
      ['IQ', 'Iraq'],
      ['XX', 'XX (no events)'],
    ]);
    expect(countryOptions([], 'FR').at(-1)).toEqual(['FR', 'France (no events)']);
  });
});

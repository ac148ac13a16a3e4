import { describe, expect, it } from 'vitest';
import { countryName } from './country-names.js';

describe('a country name', () => {
  it.each([
    ['IQ', 'Iraq'],
    ['TR', 'Turkey'],
    ['PS', 'Palestine'],
    ['CD', 'Democratic Republic of Congo'],
    ['mm', 'Myanmar'],
  ])('for %s is %s, as ACLED spells it', (code, name) => {
    expect(countryName(code)).toBe(name);
  });

  it('is the knowledge base name when the caller knows one', () => {
    expect(countryName('SY', new Map([['SY', 'Syria']]))).toBe('Syria');
  });

  it('is the code itself when no locale knows it', () => {
    expect(countryName('not a code')).toBe('not a code');
  });
});

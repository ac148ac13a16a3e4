import { describe, it, expect } from 'vitest';
import { colourOf, typeMixGradient, TYPE_COLOURS } from './type-colours.js';

describe('type colours', () => {
  it('gives each of the six event types its own colour', () => {
    expect(new Set(Object.values(TYPE_COLOURS)).size).toBe(6);
  });

  it('greys out events with no type or an unknown one', () => {
    expect(colourOf(null)).toBe('#777777');
    expect(colourOf('Picnic')).toBe('#777777');
  });

  it('slices a cluster in proportion to its types, in taxonomy order', () => {
    expect(typeMixGradient(['Riots', 'Battles', 'Battles'])).toBe(
      'conic-gradient(#D55E00 0% 66.7%, #0072B2 66.7% 100%)',
    );
  });

  it('fills the whole circle with one colour when all events share a type', () => {
    expect(typeMixGradient(['Protests', 'Protests'])).toBe('conic-gradient(#009E73 0% 100%)');
  });
});

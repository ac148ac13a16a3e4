import { describe, expect, it } from 'vitest';
import { sameTheatre } from './shared-theatres.js';

describe('sameTheatre', () => {
  it('joins Israel and the Palestinian territories, and each country with itself', () => {
    expect(sameTheatre('IL', 'PS')).toBe(true);
    expect(sameTheatre('PS', 'IL')).toBe(true);
    expect(sameTheatre('IQ', 'IQ')).toBe(true);
    expect(sameTheatre('IL', 'LB')).toBe(false);
  });
});

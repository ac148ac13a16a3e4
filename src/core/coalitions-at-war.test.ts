import { describe, expect, it } from 'vitest';
import { COALITIONS_AT_WAR, isCoalitionAtWar } from './coalitions-at-war.js';

describe('coalitions at war', () => {
  it('gives each country of an air war to one coalition only', () => {
    const countries = COALITIONS_AT_WAR.flatMap((c) => c.countries);
    expect(new Set(countries).size).toBe(countries.length);
  });

  it('knows the coalitions by their ids and nothing else', () => {
    expect(isCoalitionAtWar('actor:saudi-led-coalition')).toBe(true);
    expect(isCoalitionAtWar('actor:us-led-coalition')).toBe(true);
    expect(isCoalitionAtWar('actor:hezbollah')).toBe(false);
    expect(isCoalitionAtWar(null)).toBe(false);
  });
});

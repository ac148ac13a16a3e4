import { describe, expect, it } from 'vitest';
import { distanceKm } from './great-circle.js';

describe('distanceKm', () => {
  it('measures the two Tripolis about 2,100 km apart', () => {
    expect(Math.round(distanceKm(32.89, 13.19, 34.43, 35.84) / 100)).toBe(21);
  });

  it('is zero for one point and the same both ways', () => {
    expect(distanceKm(36.2, 37.15, 36.2, 37.15)).toBe(0);
    expect(distanceKm(33.51, 36.29, 36.2, 37.15)).toBeCloseTo(distanceKm(36.2, 37.15, 33.51, 36.29), 9);
  });

  it('shrinks a degree of longitude towards the poles', () => {
    expect(distanceKm(0, 0, 0, 1)).toBeCloseTo(111.2, 0);
    expect(distanceKm(60, 0, 60, 1)).toBeCloseTo(55.6, 0);
  });
});

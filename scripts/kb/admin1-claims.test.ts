import { describe, expect, it } from 'vitest';
import { admin1Claims, type RegionPoint } from './admin1-claims.js';
import type { SourceCity } from './gazetteer-source.js';

/** Gazetteer towns of country XX filed under `adminCode`, in a row eastward from (10, lon). */
const townsOf = (adminCode: string, lon: number, count: number): SourceCity[] =>
  Array.from({ length: count }, (_, i) => ({
    cityId: lon * 100 + i,
    name: `${adminCode}-${i}`,
    country: 'XX',
    featureCode: 'PPL',
    adminCode,
    population: 2000,
    loc: { coordinates: [lon + i * 0.05, 10] },
  }));
const region = (id: string, lon: number): RegionPoint => ({ id, country: 'XX', lat: 10, lon });
const cities = [
  ...townsOf('01', 0, 8),
  ...townsOf('02', 5, 8),
  ...townsOf('03', 10, 4),
  ...townsOf('04', 10.05, 3),
];

describe('admin1Claims', () => {
  it('gives a region the division most of the towns nearest its centre are filed under', () => {
    const claims = admin1Claims(
      [],
      [region('region:xx:north', 0.1), region('region:xx:east', 5.1)],
      cities,
      new Map(),
    );
    expect(claims.map((c) => [c.id, c.admin1])).toEqual([
      ['region:xx:east', 'XX.02'],
      ['region:xx:north', 'XX.01'],
    ]);
  });

  it('gives none where the nearest towns are split between divisions, or too few are near', () => {
    const split = admin1Claims([], [region('region:xx:border', 10.1)], cities, new Map());
    expect(split).toEqual([]);
    const far = admin1Claims([], [region('region:xx:sea', 40)], cities, new Map());
    expect(far).toEqual([]);
  });

  it('gives a division two regions vote for to the one with far more towns, else to neither', () => {
    const regions = [region('region:xx:north', 0.1), region('region:xx:north-hills', 0.2)];
    const lopsided = new Map([
      ['region:xx:north', 12],
      ['region:xx:north-hills', 1],
    ]);
    expect(admin1Claims([], regions, cities, lopsided).map((c) => c.id)).toEqual(['region:xx:north']);
    const even = new Map([
      ['region:xx:north', 6],
      ['region:xx:north-hills', 5],
    ]);
    expect(admin1Claims([], regions, cities, even)).toEqual([]);
  });

  it('leaves a division a hand table gives a region to that region', () => {
    const fixed = [{ id: 'region:xx:old-north', admin1: 'XX.01', basis: 'hand table' }];
    const claims = admin1Claims(fixed, [region('region:xx:north', 0.1)], cities, new Map());
    expect(claims).toEqual(fixed);
  });
});

import { describe, it, expect } from 'vitest';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Position } from 'geojson';
import { unwrapAntimeridian, unwrapRing } from './antimeridian.js';

/** The widest step in longitude between consecutive points of any ring of a country. */
function widestStep(rings: Position[][]): number {
  let widest = 0;
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++)
      widest = Math.max(widest, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
  return widest;
}

describe('unwrapRing', () => {
  it('keeps an island ring that crosses the antimeridian continuous', () => {
    const ring = [
      [179, -16],
      [-179, -16],
      [-179, -17],
      [179, -17],
      [179, -16],
    ];
    expect(unwrapRing(ring)).toEqual([
      [179, -16],
      [181, -16],
      [181, -17],
      [179, -17],
      [179, -16],
    ]);
  });

  it('closes a ring round the south pole along the pole, not back across the map', () => {
    const ring = [
      [-180, -70],
      [0, -68],
      [179, -70],
      [-180, -70],
    ];
    expect(unwrapRing(ring)).toEqual([
      [-180, -70],
      [0, -68],
      [179, -70],
      [180, -70],
      [180, -90],
      [-180, -90],
    ]);
  });

  it('leaves a ring that never crosses untouched', () => {
    const ring = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 10],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe('unwrapAntimeridian on the shipped basemap', () => {
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const countries = unwrapAntimeridian(feature(topology, topology.objects.countries));

  it('leaves no stripe across the map in Russia or Fiji', () => {
    for (const name of ['Russia', 'Fiji']) {
      const country = countries.features.find((f) => f.properties?.name === name)!;
      const geometry = country.geometry as MultiPolygon;
      expect(widestStep(geometry.coordinates.flat())).toBeLessThan(180);
    }
  });
});

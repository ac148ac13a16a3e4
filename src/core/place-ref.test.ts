import { describe, expect, it } from 'vitest';
import { placeWith } from './place-ref.js';
import type { PlaceRef } from './records.js';

const town: PlaceRef = {
  name: 'Northbridge',
  country: 'XX',
  lat: 10.5,
  lon: 20.25,
  precision: 'town',
  entity_id: 'place:xx:northbridge',
  spans: [[3, 14]],
};

describe('placeWith', () => {
  it('copies a place with another country and spans, its fields in the order of every place', () => {
    const copy = placeWith(town, 'YY', [[30, 41]]);
    expect(copy).toEqual({ ...town, country: 'YY', spans: [[30, 41]] });
    expect(Object.keys(copy)).toEqual(Object.keys(town));
    expect(town.country).toBe('XX');
  });

  it('keeps the district a town is told by', () => {
    const told = { ...town, district: { name: 'Old Quarter', entity_id: null } };
    expect(placeWith(told, 'XX', told.spans).district).toEqual({ name: 'Old Quarter', entity_id: null });
    expect('district' in placeWith(town, 'XX', town.spans)).toBe(false);
  });
});

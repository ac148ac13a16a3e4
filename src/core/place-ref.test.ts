import { describe, expect, it } from 'vitest';
import { countryPlace, namesakeIn, placeInDistrict, placeWith } from './place-ref.js';
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

describe('placeInDistrict', () => {
  it('tells a place at a district with new spans, the district last as in every place that has one', () => {
    const quarter = { name: 'Lower Mill', entity_id: null };
    const told = placeInDistrict(town, quarter, [
      [3, 14],
      [20, 30],
    ]);
    expect(told).toEqual({
      ...town,
      spans: [
        [3, 14],
        [20, 30],
      ],
      district: quarter,
    });
    expect(Object.keys(told)).toEqual([...Object.keys(town), 'district']);
    expect('district' in town).toBe(false);
  });
});

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
    expect(Object.keys(placeWith(told, 'XX', told.spans))).toEqual(Object.keys(told));
  });

  it('gives the copy another precision when told one', () => {
    const near = placeWith(town, 'XX', town.spans, 'district');
    expect(near).toEqual({ ...town, precision: 'district' });
    expect(Object.keys(near)).toEqual(Object.keys(town));
  });
});

describe('namesakeIn', () => {
  it('keeps the name and words of a town and drops the entity and coordinates the base gave it abroad', () => {
    const namesake = namesakeIn(town, 'YY');
    expect(namesake).toEqual({
      name: 'Northbridge',
      country: 'YY',
      lat: null,
      lon: null,
      precision: 'town',
      entity_id: null,
      spans: [[3, 14]],
    });
    expect(Object.keys(namesake)).toEqual(Object.keys(town));
  });
});

describe('countryPlace', () => {
  it('places an event in a country by the words that name it', () => {
    const place = countryPlace('Westland', 'YY', [0, 8]);
    expect(place).toMatchObject({
      name: 'Westland',
      country: 'YY',
      precision: 'country',
      entity_id: 'country:YY',
    });
    expect(place.spans).toEqual([[0, 8]]);
    expect(Object.keys(place)).toEqual(Object.keys(town));
  });
});

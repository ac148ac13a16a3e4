import { describe, expect, it } from 'vitest';
import type { Mention, PlaceRef } from '../../core/records.js';
import { locateCountryPlace } from './country-coordinates.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { eventRecord } from './placed-fixture.js';

const syria: Mention = {
  ...placeEntity('Syria', 'SY', 'country'),
  span: [30, 35],
  place: { country: 'SY', lat: 33.51, lon: 36.29, precision: 'country' },
};

const atCountry = (country: string): PlaceRef => ({
  name: country,
  country,
  lat: null,
  lon: null,
  precision: 'country',
  entity_id: `country:${country}`,
  spans: [[0, 5]],
});

describe('locateCountryPlace', () => {
  it('gives a country-level place the coordinates of its country named in the article', () => {
    const strike = eventRecord('Air/drone strike', [0, 4], [0, 40], { location: atCountry('SY') });
    locateCountryPlace(strike, [syria]);
    expect(strike.location).toMatchObject({ lat: 33.51, lon: 36.29, precision: 'country', name: 'SY' });
  });

  it('takes them from a nationality as well as from the name', () => {
    const strike = eventRecord('Air/drone strike', [0, 4], [0, 40], { location: atCountry('SY') });
    locateCountryPlace(strike, [{ ...syria, name: 'Syrian', via: 'demonym' }]);
    expect(strike.location?.lat).toBe(33.51);
  });

  it('leaves a town, a place with its own pin and a country the article never names alone', () => {
    const town: PlaceRef = { ...atCountry('SY'), name: 'Haas', precision: 'town', entity_id: null };
    const pinned: PlaceRef = { ...atCountry('SY'), lat: 35, lon: 38 };
    const events = [town, pinned, atCountry('IQ')].map((location) =>
      eventRecord('Armed clash', [0, 4], [0, 40], { location }),
    );
    for (const event of events) locateCountryPlace(event, [syria]);
    expect(events.map((e) => [e.location?.lat, e.location?.lon])).toEqual([
      [null, null],
      [35, 38],
      [null, null],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { PlaceRef } from '../../core/records.js';
import { samePlace } from '../../core/place-ref.js';
import { finer, near, placesAgree, provinceOrSeat } from './place-relations.js';

function place(
  name: string,
  precision: PlaceRef['precision'],
  lat: number | null,
  lon: number | null,
): PlaceRef {
  return { name, country: 'TR', lat, lon, precision, entity_id: `place:${name}`, spans: [] };
}

const sirnak = place('Sirnak', 'region', 37.5, 42.5);
const silopi = place('Silopi', 'town', 37.25, 42.47);
const suruc = place('Suruc', 'town', 36.98, 38.42);
const unplaced = place('Cizre', 'town', null, null);

describe('place relations', () => {
  it('tells a town within reach of a region from one beyond it, and says nothing without coordinates', () => {
    expect([near(silopi, sirnak), near(suruc, sirnak), near(unplaced, sirnak)]).toEqual([true, false, false]);
  });

  it('lets a country agree with any town in it and two named towns differ', () => {
    const turkey = { ...place('Turkey', 'country', null, null), entity_id: 'country:TR' };
    expect(placesAgree(turkey, silopi)).toBe('unknown');
    expect(placesAgree(suruc, silopi)).toBe('differ');
    expect(finer(silopi, sirnak)).toBe(true);
  });

  it('tells apart two towns the base does not know, which have no id, by their names', () => {
    const village = (name: string): PlaceRef => ({ ...place(name, 'town', null, null), entity_id: null });
    expect(placesAgree(village('Kafr Lakh'), village('Tal Sitra'))).toBe('differ');
    expect(placesAgree(village('Kafr Lakh'), village('Kafr Lakh'))).toBe('same');
  });

  it('takes two towns the base does not know for one place only under one name', () => {
    const unknown = (name: string): PlaceRef => ({ ...place(name, 'town', null, null), entity_id: null });
    expect(samePlace(unknown('Haas'), unknown('Kafr Zeita'))).toBe(false);
    expect(samePlace(unknown('Haas'), unknown('Haas'))).toBe(true);
    expect(samePlace(silopi, silopi)).toBe(true);
  });

  it('takes a province and its same-named seat, or the seat of a province told before, for one place', () => {
    const province = place('Van', 'region', null, null);
    const seat = place('Van', 'town', null, null);
    expect(provinceOrSeat(province, seat)).toBe(true);
    expect(provinceOrSeat(seat, province)).toBe(true);
    expect(provinceOrSeat(province, { ...seat, country: 'IR' })).toBe(false);
    expect(provinceOrSeat(sirnak, silopi)).toBe(false);
    expect(provinceOrSeat(silopi, seat)).toBe(false);
    expect(provinceOrSeat(silopi, seat, ['van'])).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { Document, Mention, PlaceRef } from '../../core/records.js';
import { inRegionOf, toldAsUnit } from './region-reach.js';

const region = (text: string, name: string): PlaceRef => {
  const at = text.indexOf(name);
  return {
    name,
    country: 'XA',
    lat: 31,
    lon: 35,
    precision: 'region',
    entity_id: 'region:xa:ostmark',
    spans: [[at, at + name.length]],
  };
};
const town = (text: string, name: string, admin1: string | null, lat = 31.4): Mention => {
  const at = text.lastIndexOf(name);
  return {
    span: [at, at + name.length],
    entity_id: `place:xa:${name.toLowerCase()}`,
    kind: 'city',
    name,
    via: 'name',
    score: 1,
    place: { country: 'XA', lat, lon: 35, precision: 'town', admin1 },
  };
};
const docOf = (text: string): Document => {
  const sentences = [...text.matchAll(/[^.]+\.\s*/g)].map((m) => ({
    span: [m.index!, m.index! + m[0].length] as [number, number],
  }));
  return { text, sentences } as unknown as Document;
};

/** Whether Rampur, filed by the base under `admin1` at latitude `lat`, lies in Ostmark as `text` tells them. */
const rampurInOstmark = (text: string, admin1: string | null, lat?: number): boolean =>
  inRegionOf(docOf(text), region(text, 'Ostmark'), 'Ostmark', town(text, 'Rampur', admin1, lat));

describe('toldAsUnit', () => {
  it('says a region named with its province word is told as a unit', () => {
    const text = 'Shells fell in Ostmark province overnight.';
    expect(toldAsUnit(text, region(text, 'Ostmark').spans)).toBe(true);
  });

  it('says a region after "the state of" is told as a unit', () => {
    const text = 'Rebels struck in the state of Ostmark.';
    expect(toldAsUnit(text, region(text, 'Ostmark').spans)).toBe(true);
  });

  it('says a region after "the provinces of" is told as a unit', () => {
    const text = 'Troops struck rebels in the provinces of Ostmark and Lakhpur.';
    expect(toldAsUnit(text, region(text, 'Ostmark').spans)).toBe(true);
  });

  it('says a desert named bare is not told as a unit', () => {
    const text = 'Two rockets landed in western Ostmark; one hit a shed.';
    expect(toldAsUnit(text, region(text, 'Ostmark').spans)).toBe(false);
  });
});

describe('inRegionOf', () => {
  it('takes a town of the region’s own province wherever it lies', () => {
    const text = 'Shells fell in Ostmark province. Later a shop burned in Rampur.';
    expect(rampurInOstmark(text, 'Ostmark', 40)).toBe(true);
  });

  it('takes a near town of another province when the region is named bare, in the same sentence', () => {
    const text = 'Two rockets landed in western Ostmark; one hit a shed near Rampur.';
    expect(rampurInOstmark(text, 'Lakhpur District')).toBe(true);
  });

  it('takes a near town the base gives no province, even beside a province', () => {
    const text = 'Shells fell in Ostmark province, one on a school in Rampur.';
    expect(rampurInOstmark(text, null)).toBe(true);
  });

  it('refuses a near town of another province beside a region told as a province', () => {
    const text = 'Shells fell in Ostmark province, one on a school in Rampur.';
    expect(rampurInOstmark(text, 'Lakhpur District')).toBe(false);
  });

  it('refuses a town of another province told two sentences on', () => {
    const text = 'Two rockets landed in western Ostmark. Nobody was hurt. An earlier one hit Rampur.';
    expect(rampurInOstmark(text, 'Lakhpur District')).toBe(false);
  });

  it('refuses a far town of another province', () => {
    const text = 'Two rockets landed in western Ostmark, a day after a raid in Rampur.';
    expect(rampurInOstmark(text, 'Lakhpur District', 34)).toBe(false);
  });
});

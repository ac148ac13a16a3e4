import type { Mention, PlaceRef } from './records.js';
import type { Span } from './span.js';

/**
 * The place reference an event field carries, from the mention of a place in the text; a district inside a
 * town is told as the town, the district kept beside it.
 *
 * @example placeRefOf(mosulMention) // { name: 'Mosul', country: 'IQ', precision: 'town', spans: [[40, 45]], … }
 */
export function placeRefOf(m: Mention): PlaceRef {
  const ref: PlaceRef = {
    name: m.name,
    country: m.place?.country ?? null,
    lat: m.place?.lat ?? null,
    lon: m.place?.lon ?? null,
    precision: m.place?.precision ?? 'town',
    entity_id: m.entity_id,
    spans: [m.span],
  };
  const city = m.place?.city;
  // "in Mezzeh", a district of Damascus: the incident is Damascus's, its pin the district's.
  if (!city) return ref;
  // A literal, not a spread of `ref`: see `placeWith`.
  return {
    name: city.name,
    country: ref.country,
    lat: ref.lat ?? city.lat,
    lon: ref.lon ?? city.lon,
    precision: ref.precision,
    entity_id: city.entity_id,
    spans: ref.spans,
    district: { name: m.name, entity_id: m.entity_id },
  };
}

/**
 * One place of the knowledge base, or two it does not know (no id) under one name.
 *
 * @example samePlace(unknownTown('Haas'), unknownTown('Kafr Zeita')) === false
 */
export function samePlace(a: PlaceRef, b: PlaceRef): boolean {
  return a.entity_id === b.entity_id && (a.entity_id !== null || a.name === b.name);
}

/**
 * `place` told in `country` with `spans`, as a literal in the field order every place reference is built in.
 * A spread copy (`{ ...place, country }`) gets a hidden class of its own that V8 holds only weakly: made anew
 * after each major collection, it deoptimised the readers of event places (the incident merger, the place
 * rules of resolve) pass after pass.
 *
 * @example placeWith(mosul, 'IQ', [[4, 9]]).spans // [[4, 9]], every other field as mosul's
 * @example placeWith(mosul, 'IQ', mosul.spans, 'district').precision === 'district'
 */
export function placeWith(
  place: PlaceRef,
  country: string | null,
  spans: Span[],
  precision = place.precision,
): PlaceRef {
  // The district written in the literal too: a key added afterwards is a step between classes that V8 also
  // holds only weakly.
  if (!('district' in place)) {
    return {
      name: place.name,
      country,
      lat: place.lat,
      lon: place.lon,
      precision,
      entity_id: place.entity_id,
      spans,
    };
  }
  return {
    name: place.name,
    country,
    lat: place.lat,
    lon: place.lon,
    precision,
    entity_id: place.entity_id,
    spans,
    district: place.district,
  };
}

/**
 * `place` told at its `district` with `spans`: the one literal every place with a district is built by. Each
 * spread or added key made a hidden class of its own, and text that first met one of them after warm-up
 * turned the readers of event places megamorphic and deoptimised them.
 *
 * @example placeInDistrict(rafah, { name: 'Tel al-Sultan', entity_id: null }, spans).district.entity_id === null
 */
export function placeInDistrict(
  place: PlaceRef,
  district: NonNullable<PlaceRef['district']>,
  spans: Span[],
): PlaceRef {
  return {
    name: place.name,
    country: place.country,
    lat: place.lat,
    lon: place.lon,
    precision: place.precision,
    entity_id: place.entity_id,
    spans,
    district,
  };
}

/** Places the knowledge base knows inside a country: what a namesake elsewhere may be taken for. */
export const LOCAL_PRECISIONS: ReadonlySet<PlaceRef['precision']> = new Set(['town', 'district', 'site']);

/**
 * `place`'s name and words as an unknown town of `country`, without the base's entity and coordinates: those
 * of a namesake the base knows in another country.
 *
 * @example namesakeIn(palmaMozambique, 'IN') // { name: 'Palma', country: 'IN', entity_id: null, lat: null, … }
 */
export function namesakeIn(place: PlaceRef, country: string): PlaceRef {
  return {
    name: place.name,
    country,
    lat: null,
    lon: null,
    precision: 'town',
    entity_id: null,
    spans: place.spans,
  };
}

/**
 * A country as an event's place, named as `name` at `span`.
 *
 * @example countryPlace('Greece', 'GR', [0, 6]).entity_id === 'country:GR'
 */
export function countryPlace(name: string, code: string, span: Span): PlaceRef {
  return {
    name,
    country: code,
    lat: null,
    lon: null,
    precision: 'country',
    entity_id: `country:${code}`,
    spans: [span],
  };
}

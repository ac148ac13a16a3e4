import type { Mention, PlaceRef } from './records.js';

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
  return {
    ...ref,
    name: city.name,
    lat: ref.lat ?? city.lat,
    lon: ref.lon ?? city.lon,
    entity_id: city.entity_id,
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

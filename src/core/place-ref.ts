import type { Mention, PlaceRef } from './records.js';

/**
 * The place reference an event field carries, from the mention of a place in the text; a district inside a
 * town is told as the town, the district kept beside it.
 *
 * @example placeRefOf(mosulMention) // { name: 'Mosul', country: 'IQ', precision: 'town', spans: [[40, 45]], … }
 */
export function placeRefOf(m: Mention): PlaceRef {
  const city = m.place?.city;
  // "in Mezzeh", a district of Damascus: the incident is Damascus's, its pin the district's.
  if (city)
    return {
      name: city.name,
      country: m.place?.country ?? null,
      lat: m.place?.lat ?? city.lat,
      lon: m.place?.lon ?? city.lon,
      precision: 'district',
      entity_id: city.entity_id,
      spans: [m.span],
      district: { name: m.name, entity_id: m.entity_id },
    };
  return {
    name: m.name,
    country: m.place?.country ?? null,
    lat: m.place?.lat ?? null,
    lon: m.place?.lon ?? null,
    precision: m.place?.precision ?? 'town',
    entity_id: m.entity_id,
    spans: [m.span],
  };
}

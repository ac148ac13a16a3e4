import type { Mention, PlaceRef } from './records.js';

/**
 * The place reference an event field carries, from the mention of a place in the text.
 *
 * @example placeRefOf(mosulMention) // { name: 'Mosul', country: 'IQ', precision: 'town', spans: [[40, 45]], … }
 */
export function placeRefOf(m: Mention): PlaceRef {
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

import type { EventRecord, Mention } from '../../core/records.js';

/**
 * An event told only at a country ("in Syria", an unplaced strike whose country comes from the article's
 * vote or a nationality) takes the coordinates the knowledge base gives that country, from a mention of it
 * in the article: every resolved place has a pin, and its `precision: country` says how coarse it is.
 * A place that already has coordinates, or whose country the article never names, is left as it is.
 *
 * @example locateCountryPlace(unplacedStrikeInSyria, [syriaMention]) // its location gains Syria's lat/lon
 */
export function locateCountryPlace(event: EventRecord, mentions: readonly Mention[]): void {
  const location = event.location;
  if (location?.precision !== 'country' || location.lat !== null || !location.country) return;
  const pin = mentions.find(
    (m) => m.kind === 'country' && m.place?.country === location.country && m.place.lat !== null,
  )?.place;
  if (pin) Object.assign(location, { lat: pin.lat, lon: pin.lon });
}

import type { CircleMarkerOptions } from 'leaflet';
import type { StoredEvent } from '../api/api-types.js';
import { colourOf } from './type-colours.js';

/**
 * How an event's point is drawn: filled in its type's colour where the place is a town or finer; hollow and
 * dashed where it is only a region or a country, whose pin stands at the region's or the country's seat, so
 * the reader does not take it for an incident in that town.
 *
 * @example markerStyle(eventInSyriaOnly).dashArray === '3 2'
 */
export function markerStyle(e: StoredEvent): CircleMarkerOptions {
  const colour = colourOf(e.event_type?.value);
  const coarse = e.location?.precision === 'country' || e.location?.precision === 'region';
  return coarse
    ? {
        className: 'event-marker',
        radius: 7,
        color: colour,
        weight: 2.5,
        dashArray: '3 2',
        fillColor: colour,
        fillOpacity: 0.2,
      }
    : {
        className: 'event-marker',
        radius: 7,
        color: '#fff',
        weight: 1.5,
        fillColor: colour,
        fillOpacity: 0.95,
      };
}

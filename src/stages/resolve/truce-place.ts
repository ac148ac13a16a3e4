// "Freedonia and Ruritania brokered a ceasefire in Adrovia": the states that broker or declare a truce are named in its
// clause as parties, not as where it holds; the truce holds where the article's fighting is.
import type { EventRecord, PlaceRef } from '../../core/records.js';

/**
 * An agreement its clause places only in a country other than the article's: that country is a party to
 * it, so the truce is the article's country's.
 *
 * @example trucePlace(truceInRussia, syria) // syria
 */
export function trucePlace(event: EventRecord, articleCountry: PlaceRef | null): PlaceRef | null {
  const where = event.location;
  if (event.sub_event_type?.value !== 'Agreement' || !articleCountry || where?.precision !== 'country')
    return where;
  return where.country === articleCountry.country ? where : articleCountry;
}

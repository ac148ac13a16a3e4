import { placeInDistrict, placeRefOf } from '../../core/place-ref.js';
import type { Document, EventRecord, Mention, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { PART_OF_TOWN } from '../../core/text/part-of-words.js';

/** "Wadi Sarim Province": a province's name, not that of its namesake town. */
const AREA_NOUN_AFTER = /^\s+(?:province|governorate|department|region|state)\b/i;

/**
 * "a bomb went off at a shop in the Tirin suburb of Wadi Sarim": an incident the article's places put at a
 * quarter the text itself calls a part of a town the base knows (the words of `PART_OF_TOWN`) is told at that
 * town, the quarter kept as its district — as the extract stage reads "the Kadikoy district of Istanbul" in
 * the clause. Here for the places the resolve stage gives from the article (its first town, a town the base
 * does not know), which that reading never saw. A village the text names by its town ("the Tirin village of
 * Wadi Sarim") stays the place, as the extract stage keeps it.
 *
 * @example townOfQuarter(event, doc) // event.location.name === 'Wadi Sarim', district 'Tirin'
 */
export function townOfQuarter(event: EventRecord, doc: Document): void {
  const loc = event.location;
  if (!loc || loc.district || (loc.precision !== 'town' && loc.precision !== 'district')) return;
  const quarter = loc.spans[0];
  if (!quarter) return;
  const text = doc.text ?? '';
  const town = (doc.mentions ?? []).find(
    (m) =>
      m.kind === 'city' &&
      m.via !== 'demonym' &&
      m.place?.precision === 'town' &&
      m.entity_id !== loc.entity_id &&
      (loc.country === null || m.place.country === loc.country) &&
      partOfTown(text, quarter, m),
  );
  if (town) event.location = withQuarter(placeRefOf(town), loc, quarter);
}

function partOfTown(text: string, quarter: Span, town: Mention): boolean {
  return (
    town.span[0] >= quarter[1] &&
    PART_OF_TOWN.test(text.slice(quarter[1], town.span[0])) &&
    !AREA_NOUN_AFTER.test(text.slice(town.span[1], town.span[1] + 16))
  );
}

/** The town, told with the quarter's words too, the quarter kept as its district. */
function withQuarter(town: PlaceRef, quarter: PlaceRef, span: Span): PlaceRef {
  return placeInDistrict(town, { name: quarter.name, entity_id: quarter.entity_id }, [...town.spans, span]);
}

import { placeRefOf } from '../../core/place-ref.js';
import type { Document, EventRecord, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/** "20 km south of Aleppo", "from Gaza toward …", "between X and Y": a town the place is measured from. */
const RELATIVE =
  /\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|from|between|toward|towards|and)\s+(?:the\s+)?$/i;

/**
 * Places an event its own clause could only place by a country word, from the rest of the article:
 * a nationality ("a British diplomat was shot dead. He was driving … in Athens") gives way to the country
 * the article's places lie in, and a country to the first town the article names in it, unless only as a
 * point the place is measured from. Only for articles that place none of their incidents in a town, where
 * the article's town is the incident's.
 *
 * @example placeFromArticle(event, doc, fallback) // event.location.name === 'Athens'
 */
export function placeFromArticle(event: EventRecord, doc: Document, fallback: PlaceRef | null): void {
  const loc = event.location;
  if (loc && loc.precision !== 'country') return;
  if (loc && fallback && loc.country !== fallback.country && isNationality(doc, loc))
    event.location = fallback;
  const code = event.location?.country ?? null;
  const text = doc.text ?? '';
  const town = (doc.mentions ?? []).find(
    (m) =>
      m.kind === 'city' &&
      m.via !== 'demonym' &&
      m.place?.country === code &&
      code !== null &&
      !measuredFrom(text, m.span),
  );
  if (town) event.location = placeRefOf(town);
}

/** "south of Aleppo", "between X and Y": the place is a point another is measured from. */
export function measuredFrom(text: string, span: Span): boolean {
  return RELATIVE.test(text.slice(Math.max(0, span[0] - 24), span[0]));
}

function isNationality(doc: Document, loc: PlaceRef): boolean {
  const span = loc.spans[0];
  return (doc.mentions ?? []).some((m) => m.via === 'demonym' && span && m.span[0] === span[0]);
}

import type { Document, EventRecord, Mention } from '../../core/records.js';

/** "GREECE.  A bomb …", "LEBANON — …": a country named in capitals before the first words of the text. */
const DATELINE_END = /^\s*(?:[.:—–-]|,\s*\d)/;
/** "in Syria", "near Israel": a country the clause places the incident in ("at the U.S. embassy" names an owner). */
const LOCATIVE_BEFORE = /\b(?:in|into|inside|near|across)\s+(?:the\s+)?$/i;

/** The country of a capitals dateline that opens the text, or null. */
export function datelineCountry(doc: Document): Mention | null {
  const text = doc.text ?? '';
  const m = (doc.mentions ?? []).find((x) => x.kind === 'country' && x.place?.country && x.span[0] <= 3);
  if (!m) return null;
  const word = text.slice(m.span[0], m.span[1]);
  if (word !== word.toUpperCase() || !/[A-Z]{2}/.test(word)) return null;
  return DATELINE_END.test(text.slice(m.span[1], m.span[1] + 4)) ? m : null;
}

/**
 * Puts an event the text places only by a country word that is not a locative ("a U.S. embassy", "a
 * Spanish college", "Americans' cars") in the country of the dateline: the incident happened where the
 * report is filed from; a nationality or an owner is not a place.
 *
 * @example toDatelineCountry(event, dateline, text) // event.location.country === 'GR'
 */
export function toDatelineCountry(event: EventRecord, dateline: Mention, text: string): void {
  const loc = event.location;
  const code = dateline.place!.country!;
  if (loc && (loc.precision !== 'country' || loc.country === code)) return;
  const span = loc?.spans[0];
  if (span && LOCATIVE_BEFORE.test(text.slice(Math.max(0, span[0] - 12), span[0]))) return;
  event.location = {
    name: dateline.name,
    country: code,
    lat: null,
    lon: null,
    precision: 'country',
    entity_id: `country:${code}`,
    spans: [dateline.span],
  };
}

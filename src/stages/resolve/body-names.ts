// A country's name that opens the name of a body: whose the body is, not where anything happened.
import type { Document, Mention, PlaceRef } from '../../core/records.js';
import { CALENDAR_NAMES } from '../../core/text/calendar-names.js';

/** A capitalised word after a country's name, other than a day or a month ("in Peru Monday", "Iraq March 3"). */
const NAME_WORD_AFTER = new RegExp(
  String.raw`^[ \t]+(?!(?:${CALENDAR_NAMES.replaceAll(' ', '|')})\b)\p{Lu}\p{Ll}`,
  'u',
);

/**
 * "the Denmark Relief Council", "the Norway Refugee Office": a country's name that opens the name of a body
 * says whose the body is, as a nationality does, not where anything happened — for the article's vote and for
 * an event placed by nothing else. Asked only of a mention by name: a nationality is set aside already.
 *
 * @example headsName(mentionOf('Denmark'), 'members of the Denmark Relief Council') === true
 */
export function headsName(m: Mention, text: string): boolean {
  return m.kind === 'country' && NAME_WORD_AFTER.test(text.slice(m.span[1], m.span[1] + 16));
}

/** A nationality at a place's first span ("a Sylvanian trader"): whose, not where. */
export function namesNationality(doc: Document, loc: PlaceRef): boolean {
  return mentionAtPlace(doc, loc, (m) => m.via === 'demonym');
}

/**
 * The mention at a place's first span says whose rather than where: a nationality ("a Sylvanian trader") or a
 * country's name opening a body's ("the Sylvania Aid Council").
 */
export function namesWhose(doc: Document, loc: PlaceRef): boolean {
  const text = doc.text ?? '';
  return mentionAtPlace(doc, loc, (m) => m.via === 'demonym' || headsName(m, text));
}

/** Whether a mention opening the place's first span passes `test`. */
function mentionAtPlace(doc: Document, loc: PlaceRef, test: (m: Mention) => boolean): boolean {
  const span = loc.spans[0];
  return span !== undefined && (doc.mentions ?? []).some((m) => m.span[0] === span[0] && test(m));
}

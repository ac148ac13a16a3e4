// A town named only as an end of a road or a journey, or as an office's seat: not where anything happened.
import type { PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/**
 * "between Quetta and", "traveled to", "on its way to", "headed for", "bound for": words that make the town
 * next an end of a route ("next to", "close to" put the scene by it; a bare "for" names no route).
 */
const ROUTE_BEFORE =
  /\b(?:(?<!next |close )to|between|towards?|(?:headed|heading|bound|destined)\s+for)\s+(?:the\s+)?$|\bbetween\s+\S+\s+and\s+$/u;
/** "from Najaf to": a start of a route is told with its end ("a body recovered from Pampore" names no route). */
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/u;
const TO_AFTER = /^[^.,;]{0,24}?\s(?:to|towards?|for)\s/u;

/** "-Gardez", "-bound", " Governor": words after a town that name a route it ends or an office it names. */
const ROUTE_OR_OFFICE_AFTER = /^(?:-(?:\p{Lu}|bound\b)|\s+(?:[Dd]eputy\s+)?(?:[Gg]overnor|[Mm]ayor)\b)/u;

/**
 * "the Kabul-Gardez highway", "between Quetta and Taftan", "a Quetta-bound train", "the Khost Governor": a
 * town named as a route's end or an office's seat, not as where anything happened.
 *
 * @example endOfRoute('a mine on the Lakhpur-Adrow road', [14, 21]) // true
 */
export function endOfRoute(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span[0] - 32), span[0]);
  const after = text.slice(span[1], span[1] + 16);
  return (
    ROUTE_BEFORE.test(before) ||
    (FROM_BEFORE.test(before) && TO_AFTER.test(text.slice(span[1], span[1] + 32))) ||
    ROUTE_OR_OFFICE_AFTER.test(after) ||
    /\p{Lu}\p{L}*-$/u.test(before)
  );
}

/**
 * A town the text names only as a route's end or an office's seat, in every one of its words.
 *
 * @example namedOnlyAsRouteEnd(ref, 'a mine on the Lakhpur-Adrow road') // true for Lakhpur, named there alone
 */
export function namedOnlyAsRouteEnd(place: PlaceRef, text: string): boolean {
  return (
    place.precision === 'town' &&
    place.spans.length > 0 &&
    place.spans.every((span) => endOfRoute(text, span))
  );
}

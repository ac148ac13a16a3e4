// A town named only as the seat of a body the incident struck, as the last place an unplaced incident may take.
import { placeRefOf } from '../../core/place-ref.js';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import { normalizeName } from '../../core/text/normalize.js';

/**
 * "the Rampur government", "the Rampur-backed militia", "Rampur officials": a capital that speaks or acts for
 * its state, which says nothing of where the incident was; nor does a football club's name ("Rampur United fans").
 */
const STATE_AFTER =
  /^(?:\s+(?:United|City|Rovers|Wanderers|Athletic|FC)\b|-(?:backed|led|allied|affiliated|controlled|appointed)\b|['’]s\s+(?:government|regime|rulers)\b|\s+(?:government|regime|administration|authorities|leadership|cabinet|officials|rulers)\b)/i;

/**
 * "A bus of the Rampur Transport Company was burnt", "a cleric of the Rampur Fatwa Council was shot": with no
 * town, province or point of the scene named, the incident is placed at the town that a body it struck is named
 * for — the knowledge stage reads such a town as whose the body is, as it reads a nationality, but a town's
 * company, council or hospital stands in that town far more often than not. Only a town written by its own
 * name ("Rampur", not a family name made of it) in the incident's country, and not one standing for its state.
 *
 * @example seatTownInCountry(event, doc) // event.location.name === 'Rampur'
 */
export function seatTownInCountry(event: EventRecord, doc: Document): void {
  const country = event.location?.country;
  if (event.location?.precision !== 'country' || !country) return;
  const text = doc.text ?? '';
  const seat = (doc.mentions ?? []).find(
    (m) =>
      m.via === 'demonym' &&
      (m.kind === 'city' || m.kind === 'district') &&
      m.place?.country === country &&
      namedAsSeat(m, text),
  );
  if (seat) event.location = placeRefOf(seat);
}

/**
 * A town the knowledge stage read as a body's seat that may stand for the scene: written as its own name, not an
 * adjective or a family name made of it ("al-Rampuri"), and not standing for its state or a football club.
 */
export const namedAsSeat = (m: Mention, text: string): boolean =>
  normalizeName(text.slice(m.span[0], m.span[1])) === normalizeName(m.name) &&
  !STATE_AFTER.test(text.slice(m.span[1], m.span[1] + 24)) &&
  !namedAsBase(m, text);

/** "the Rampur-based monitor", "the Rampur based daily". */
const BASED_AFTER = /^\s?[-–]?\s?based\b/i;
/** "… monitor said", "… group reported": the based body speaks, within its clause. */
const SPEAKS_AFTER = /^[^.;:]{0,60}?\b(?:said|says|reported|reports|told|added|counted|documented)\b/i;

/**
 * "The Rampur-based monitor said …": a place named as the base of a group or an outlet that tells of the
 * incidents is where that body sits — most often far from them — never where they were. The base of a body
 * the incident struck ("the offices of a Rampur-based daily were bombed") is most often its scene.
 *
 * @example namedAsBase(mentionOf('Rampur'), 'The Rampur-based group said …') === true
 */
export const namedAsBase = (m: Mention, text: string): boolean =>
  BASED_AFTER.test(text.slice(m.span[1], m.span[1] + 8)) && SPEAKS_AFTER.test(text.slice(m.span[1]));

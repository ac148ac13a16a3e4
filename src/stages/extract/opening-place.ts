// "In Pakistan, a suicide bomber who had hidden explosives under his coat blew himself up": a country the
// sentence opens with, set off by a comma, frames everything the sentence tells, however far its trigger
// stands from it; the place of the sentence before does not.
import type { Mention } from '../../core/records.js';
import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';
import { tokenAt } from './sentence-view.js';

/** A sentence-opening locative up to the name: "In", "In the", "In northern", «في», «وفي». */
const OPENING_LOCATIVE =
  /^[\s"“'‘]*(?:(?:[Ii]n|[Aa]cross|[Ee]lsewhere\s+in|[Mm]eanwhile,?\s+in)\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?|و?في\s+(?:(?:شمال|جنوب|شرق|غرب|وسط)[يى]?\s+)?)$/;
/** What may stand between the name and the comma that closes the opening: "this year", "on Monday". */
const CLOSED_BY_COMMA = /^(?:\s+[\p{L}\p{N}'’-]+){0,3}?\s*[,،]/u;

/**
 * The country the frame's sentence opens with ("In Pakistan, …", «في باكستان، …»), before the frame's trigger;
 * undefined when the sentence opens otherwise.
 *
 * @example openingCountry(frame, trigger, places, 'In Pakistan, a bomber … blew himself up')?.place?.country // 'PK'
 */
export function openingCountry(
  frame: Frame,
  trigger: PhraseHit,
  places: readonly Mention[],
  text: string,
): Mention | undefined {
  const first = places[0];
  if (first?.place?.precision !== 'country' || first.via === 'demonym') return undefined;
  if (tokenAt(frame.view, first.span[0]) >= trigger.start) return undefined;
  return OPENING_LOCATIVE.test(text.slice(frame.view.span[0], first.span[0])) &&
    CLOSED_BY_COMMA.test(text.slice(first.span[1], first.span[1] + 40))
    ? first
    : undefined;
}

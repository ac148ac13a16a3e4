/** The side a trigger itself implies when the text names none: a protest's protesters, an arrest's police. */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { hitSpan } from './sentence-view.js';

/**
 * A side the trigger itself names, by the country it happened in: a protest implies protesters, an arrest
 * the police. `prefix` ending in "of" takes the country after it, any other in brackets.
 *
 * @example impliedSide(frame, 'Police Forces of', { code: 'IQ', name: 'Iraq' })?.ref.name // 'Police Forces of Iraq'
 */
export function impliedSide(
  frame: Frame,
  prefix: string,
  country: { code: string; name: string } | null,
): ActorCandidate | null {
  if (!country) return null;
  const name = prefix.endsWith('of') ? `${prefix} ${country.name}` : `${prefix} (${country.name})`;
  const span = hitSpan(frame.view, frame.triggers[0]);
  return {
    ref: { name, entity_id: null, spans: [span] },
    side: 'forces',
    at: frame.triggers[0].start,
    country: country.code,
  };
}

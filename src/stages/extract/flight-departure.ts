import type { Mention } from '../../core/records.js';
import type { Frame } from './frame-builder.js';
import { hitSpan } from './sentence-view.js';
import { AIRCRAFT, HIJACK, leftFrom } from '../../core/flight-words.js';

// A hijacked flight is seized where it took off, or soon after: the town it left is the incident's place,
// not the town it was bound for nor the one it was made to land at. Elsewhere "from X" names where people or
// warplanes came from (core/place-stance), so only a hijacking's clause reads the town it left as its scene
// (core/flight-words; the resolve stage reads it in the sentences after, see resolve/destination).

/**
 * The town a hijacked aircraft left, when the frame is a hijacking and its sentence names where the flight
 * took off from: "hijacked an airliner flying from Rampur to Adrow" happened at Rampur.
 *
 * @example departedTown(frame, places, 'gunmen hijacked a jet bound from Rampur to Adrow')?.name // 'Rampur'
 */
export function departedTown(frame: Frame, places: readonly Mention[], text: string): Mention | undefined {
  const view = frame.view;
  const hijack = frame.triggers.some((t) => {
    const [start, end] = hitSpan(view, t);
    return HIJACK.test(text.slice(start, end));
  });
  if (!hijack || !AIRCRAFT.test(text.slice(view.span[0], view.span[1]))) return undefined;
  return places.find(
    (m) =>
      m.place?.precision !== 'country' &&
      m.place?.precision !== 'region' &&
      m.span[0] >= view.span[0] &&
      m.span[1] <= view.span[1] &&
      leftFrom(text, m.span, view.span[0]),
  );
}

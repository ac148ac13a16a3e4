import type { Mention } from '../../core/records.js';
import type { Frame } from './frame-builder.js';
import { hitSpan } from './sentence-view.js';

// A hijacked flight is seized where it took off, or soon after: the town it left is the incident's place,
// not the town it was bound for nor the one it was made to land at. Elsewhere "from X" names where people or
// warplanes came from (core/place-stance), so only a hijacking's clause reads the town it left as its scene.

/** "hijacked", "the hijacking", «اختطاف», «خطف»: a trigger that seizes a vehicle or an aircraft. */
const HIJACK = /hijack|skyjack|(?:^|\s)[وف]?(?:ا?ختطا?ف|خطف)/i;
/** "an airliner", "a jet", "a flight", «طائرة»: the sentence tells of an aircraft. */
const AIRCRAFT =
  /\b(?:(?:air)?planes?|airliners?|(?:jumbo\s+)?jets?|jetliners?|aircraft|flights?|airlines?|airways|boeing)\b|(?:^|\s)[وب]?(?:ال)?طائر[ةه]/i;
/**
 * "flying from", "en route from", "bound from", "just after it took off from", "a flight between", «أقلعت
 * من», «القادمة من مطار»: the words before the town a flight left.
 */
const LEFT_FROM =
  /(?:\b(?:flights?|flying|flew|en\s?route|bound|travell?ing|took\s+off|take\s+off|takeoff|taking\s+off|departed|departing|leaving|left)\s+(?:[\w-]+\s+){0,2}?(?:from|between)\s+(?:the\s+)?|(?:^|\s)(?:[أا]قلعت|(?:ال)?قادم[ةه])\s+من\s+(?:مطار\s+)?)$/i;

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
      LEFT_FROM.test(text.slice(Math.max(view.span[0], m.span[0] - 48), m.span[0])),
  );
}

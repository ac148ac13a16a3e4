// The words of a hijacked flight and the town it left: a hijacking is placed where the aircraft took off, as
// the extract stage reads it in the hijacking's clause and the resolve stage in the sentences telling it on.

/** "hijacked", "the hijacking", «اختطاف», «خطف»: a trigger that seizes a vehicle or an aircraft. */
export const HIJACK = /hijack|skyjack|(?:^|\s)[وف]?(?:ا?ختطا?ف|خطف)/i;
/** "an airliner", "a jet", "a flight", «طائرة»: the sentence tells of an aircraft. */
export const AIRCRAFT =
  /\b(?:(?:air)?planes?|airliners?|(?:jumbo\s+)?jets?|jetliners?|aircraft|flights?|airlines?|airways|boeing)\b|(?:^|\s)[وب]?(?:ال)?طائر[ةه]/i;
/**
 * "flying from", "en route from", "bound from", "just after it took off from", "a flight between", «أقلعت
 * من», «القادمة من مطار»: the words before the town a flight left.
 */
const LEFT_FROM =
  /(?:\b(?:flights?|flying|flew|en\s?route|bound|travell?ing|took\s+off|take\s+off|takeoff|taking\s+off|departed|departing|leaving|left)\s+(?:[\w-]+\s+){0,2}?(?:from|between)\s+(?:the\s+)?|(?:^|\s)(?:[أا]قلعت|(?:ال)?قادم[ةه])\s+من\s+(?:مطار\s+)?)$/i;
/** Characters before a town within which its LEFT_FROM words may start. */
const LEFT_FROM_REACH = 48;

/** The words right before a place say the flight left it. */
export function leftFrom(text: string, span: readonly [number, number], from = 0): boolean {
  return LEFT_FROM.test(text.slice(Math.max(from, span[0] - LEFT_FROM_REACH), span[0]));
}

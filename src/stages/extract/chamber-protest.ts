// Lawmakers who storm the well of the house, shout down a bill or walk out of a session protest inside
// their assembly, as part of its proceedings: not a public demonstration, so ACLED codes no event for it.
import type { Frame } from './frame-builder.js';

/**
 * Phrases that place a protest inside a legislative chamber: "into the well of the house", "on the floor of
 * the assembly", "walked out of the National Assembly". The well is often quoted ("into the ‘well’ of the house").
 */
const CHAMBER =
  /\b(?:well['’‘"”]?\s+of the (?:house|assembly|chamber|senate)|floor['’‘"”]?\s+of the (?:house|assembly|chamber|senate|parliament)|walk(?:ed|s)? out of (?:the )?(?:[A-Z][a-z]+ )?(?:house|assembly|chamber|senate|parliament|session|sitting|proceedings))\b/i;

/**
 * A protest frame whose sentence places it inside a legislative chamber ("Opposition lawmakers marched into
 * the well of the house chanting slogans"): a parliamentary protest, no event.
 *
 * @example chamberProtest(frame) // true for "Legislators walked out of the assembly in protest."
 */
export function chamberProtest(frame: Frame, text: string): boolean {
  if (frame.family !== 'protest') return false;
  const [start, end] = frame.view.span;
  return CHAMBER.test(text.slice(start, end));
}

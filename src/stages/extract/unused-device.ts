// A bomb found, defused or failing to go off is ACLED's disrupted weapons use, not an explosion.
import type { Frame } from './frame-builder.js';

/** Device tags a find can be about; a killing, a clash or a blow says the device was used. */
const DEVICES = new Set([
  '@explosion',
  '@launch',
  'Remote explosive/landmine/IED',
  'Grenade',
  'Disrupted weapons use',
]);
/** Words that say a device went off or was used, whatever was found afterwards. */
const USED =
  /explo(?:ded|des|sion)|detonat|went off|blast|blew|blown|bombing|attack|fire|launch|threw|thrown/;
/** Tokens between a device and the words that say it was found or defused ("a bomb was found"). */
const FIND_REACH = 6;

/**
 * "A pipe bomb was discovered under the car", "police defused an explosive device": a device found, defused or
 * failing to go off is a disrupted weapons use, not an explosion. Returns the words that say so.
 *
 * @example unusedDevice(frame, ['@explosion'], 'bomb') // the "was discovered" cue
 */
export function unusedDevice(
  frame: Frame,
  tags: string[],
  words: string,
): { start: number; end: number } | undefined {
  if (!tags.every((t) => DEVICES.has(t)) || USED.test(words)) return undefined;
  // "defused an explosive device": the trigger itself says so.
  const said = frame.triggers.find((t) => t.phrase.tag === 'Disrupted weapons use');
  if (said) return said;
  return frame.view.cues.find(
    (c) =>
      c.phrase.tag === 'disrupted' &&
      frame.triggers.some(
        (t) =>
          (c.start >= t.end && c.start - t.end <= FIND_REACH) ||
          (c.end <= t.start && t.start - c.end <= FIND_REACH),
      ),
  );
}

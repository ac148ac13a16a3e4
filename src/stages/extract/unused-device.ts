// A bomb found, defused, failing to go off or only attempted is ACLED's disrupted weapons use, not an explosion.
import { attemptMade } from './attempted-acts.js';
import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';

/** Device tags a find can be about; a killing, a clash or a blow says the device was used. */
const DEVICES = new Set([
  '@explosion',
  '@launch',
  'Remote explosive/landmine/IED',
  'Grenade',
  'Disrupted weapons use',
]);
/**
 * Words that say a device went off or was used, whatever was found afterwards, in its sentence or the next
 * (planted-then-found.ts).
 */
export const USED =
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
  if (!tags.every((t) => DEVICES.has(t))) return undefined;
  // "tried to detonate": a trigger that itself tells the blast stopped tells no use.
  const tellsUse = (t: PhraseHit) =>
    t.phrase.tag !== 'Disrupted weapons use' && USED.test(t.phrase.words.join(' ')) && !forestalled(frame, t);
  if (USED.test(words) && frame.triggers.some(tellsUse)) return undefined;
  // "defused an explosive device": the trigger itself says so.
  const said = frame.triggers.find((t) => t.phrase.tag === 'Disrupted weapons use');
  if (said) return said;
  // "attempted to bomb the bank": a blast only attempted, the device never went off.
  const tried = frame.triggers.find((t) => attemptMade(frame.view, t));
  if (tried) return tried;
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

/** Tokens before a blast word within which "before" says it never came ("before it could be detonated"). */
const FORESTALL_REACH = 4;

/** "defused it before it went off", "before exploding": a blast told as the one the finders prevented. */
function forestalled(frame: Frame, trigger: { start: number }): boolean {
  const tokens = frame.view.tokens;
  for (let i = Math.max(0, trigger.start - FORESTALL_REACH); i < trigger.start; i++)
    if (tokens[i].norm === 'before') return true;
  return false;
}

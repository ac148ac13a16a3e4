/** Detentions that are an abduction told again: the captives held by those who took them. */
import { familyOf } from './act-families.js';
import { inFrame, type Frame } from './frame-builder.js';

/** Cues of a state's forces: the police or the army that arrest. */
const ARRESTERS = new Set(['police', 'army']);

/**
 * "خطف التنظيم 40 مدنيا من الموصل، وقسم منهم تم اعتقالهم في مدرسة": a detention with no police or army
 * of its own, told after an abduction in the same sentence, is the abductors holding the same captives.
 *
 * @example heldCaptives(frame) // true for the arrest frame of "خطف التنظيم 40 مدنيا، وقسم منهم تم اعتقالهم"
 */
export function heldCaptives(frame: Frame): boolean {
  if (frame.family !== 'arrest') return false;
  const view = frame.view;
  const abducted = view.triggers.some(
    (t) => t.end <= frame.triggers[0].start && familyOf(t.phrase.tag) === 'abduction',
  );
  const arrester =
    view.cues.some((c) => ARRESTERS.has(c.phrase.tag) && c.start >= frame.from && c.end <= frame.to) ||
    view.mentions.some((m) => m.kind === 'state-forces' && inFrame(frame, m.span));
  return abducted && !arrester;
}

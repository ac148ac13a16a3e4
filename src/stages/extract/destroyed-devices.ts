import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';

/** Verbs that take a device out of use: what they act on is a target, not the weapon of the act. */
const TAKEN_OUT =
  /^(?:destroyed|destroying|destroys|seized|seizing|dismantled|dismantling|captured|capturing)$/;
/** Device sub-types a destroyed object may be named by ("car bombs", "suicide car bombs"). */
const DEVICES = new Set(['Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade']);
/** The word that makes what follows the doer of the verb, not its object ("destroyed by a firebomb"). */
const BY = /^by$/;
/** How far before the device its verb may stand, a list of other objects between ("destroyed 13 positions seven vehicles and two car bombs"). */
const OBJECT_REACH = 14;

/**
 * "the coalition conducted 18 strikes and destroyed 13 fighting positions and two car bombs": a device named
 * as what an act destroyed or seized is its target, not the weapon the act was done with, so it does not
 * type a frame that another act ("18 strikes") names. A frame of the device alone ("the army destroyed two car
 * bombs") is left whole: a device taken out is ACLED's disrupted weapons use (unused-device.ts).
 *
 * @example destroyedDevices(frame) // the "car bombs" trigger of "conducted 18 strikes and destroyed two car bombs"
 */
export function destroyedDevices(frame: Frame): PhraseHit[] {
  const { tokens } = frame.view;
  const device = (t: PhraseHit) => DEVICES.has(t.phrase.tag);
  const struck = frame.triggers.filter((t) => device(t) && takenOut(frame, t));
  if (struck.length === 0) return [];
  // The act of its own: a trigger that is neither a device taken out nor the verb that took it.
  const own = frame.triggers.some((t) => !struck.includes(t) && !TAKEN_OUT.test(tokens[t.start].norm));
  return own ? struck : [];
}

/**
 * Whether a verb that takes a device out stands before `device`, its object: "destroyed two car bombs", not
 * "was destroyed by a firebomb" (the device that did it).
 */
function takenOut(frame: Frame, device: PhraseHit): boolean {
  const before = frame.view.tokens.slice(Math.max(frame.from, device.start - OBJECT_REACH), device.start);
  const verb = before.findLastIndex((w) => TAKEN_OUT.test(w.norm));
  return verb >= 0 && !before.slice(verb + 1).some((w) => BY.test(w.norm));
}

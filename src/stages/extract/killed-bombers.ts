// A suicide bomber told as the one a killing took did not make a suicide bombing: the type reads the frame
// without him, and when he is the killing's only victim his bomb was never used.
import type { Frame } from './frame-builder.js';
import { reach, type PhraseHit } from './phrase-matcher.js';
import { agentBetween } from './sentence-view.js';

/** "suicide bomber", "suicide car bombers": the attacker, not the blow. */
const BOMBER = /bombers?$/;
/** Tags of the acts that can kill a bomber before he strikes: a blast or an attack says he struck. */
const KILLING = new Set(['@kill', '@fire', '@clash', 'Armed clash', 'Attack']);
/** Tokens from a killing to the bomber it names as killed ("eliminated 35 jihadists including the suicide bombers"). */
const KILLED_REACH = 4;
/** Words that may stand between a killing and a bomber who is its only victim ("killed two would-be suicide bombers"). */
const SOLE_VICTIM =
  /^(?:a|an|the|two|three|four|five|\d+|would-be|suspected|alleged|female|male|potential)$/i;

/**
 * "Troops eliminated 35 jihadists including the suicide bombers", "police shot dead a suicide bomber", "a suicide
 * bomber was killed": a bomber who is the one killed, with no blast told, did not make a suicide bombing. When he
 * is the killing's only victim his bomb was not used (ACLED's disrupted weapons use): `alone`.
 *
 * @example killedBombers(frame).alone // true for "Police shot dead a suicide bomber"
 */
export function killedBombers(frame: Frame): { bombers: PhraseHit[]; alone: boolean } {
  const none = { bombers: [], alone: false };
  const tokens = frame.view.tokens;
  const bombers = frame.triggers.filter(
    (t) => t.phrase.tag === 'Suicide bomb' && BOMBER.test(t.phrase.words.at(-1) ?? ''),
  );
  const others = frame.triggers.filter((t) => !bombers.includes(t));
  if (bombers.length === 0 || !others.every((t) => KILLING.has(t.phrase.tag))) return none;
  const fillers = (from: number, to: number) => tokens.slice(from, to).every((k) => SOLE_VICTIM.test(k.norm));
  let alone = true;
  for (const b of bombers) {
    const object = others.find(
      (k) =>
        k.end <= b.start &&
        b.start - reach(k) <= KILLED_REACH &&
        !agentBetween(frame.view, reach(k), b.start),
    );
    // "a suicide bomber was shot dead", "… was killed": the killing told of him in the passive.
    const passive =
      /^(?:was|were)$/i.test(tokens[reach(b)]?.norm ?? '') &&
      others.some((k) => k.start === reach(b) || k.start === reach(b) + 1);
    if (!object && !passive) return none;
    if (object && !fillers(reach(object), b.start)) alone = false;
  }
  // "two suicide bombers were killed in clashes with troops": a fight, not a bomber stopped.
  const fight = others.some((t) => t.phrase.tag === '@clash' || t.phrase.tag === 'Armed clash');
  return { bombers, alone: alone && !fight && frame.family === 'violence' };
}

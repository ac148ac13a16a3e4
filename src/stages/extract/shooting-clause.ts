// The words that type a shooting: its own clause, not a bomb a clause after it tells of ("masked men fired at
// the toll booth, after a bomb had gone off there the day before").
import { SUBORDINATORS } from '../../core/text/time-span-words.js';
import type { Frame } from './frame-builder.js';
import { reframed } from './frame-window.js';
import type { PhraseHit } from './phrase-matcher.js';
import { isWeaponType } from './weapon-choice.js';

/** Words that open a clause told beside the act before them: "after", "which", "where", "when". */
const SUBORDINATE: ReadonlySet<string> = new Set([...SUBORDINATORS.en, ...SUBORDINATORS.ar]);
/** The words of a shooting act: "opened fire", "shot dead", "gunned down". */
const SHOOTING = /\b(?:fire|fired|firing|shot|shooting|shootings|gunned)\b/;

/** "opened fire", "shot dead": a shooting, not the fire of a weapon the trigger names ("mortar fire"). */
function isShooting(trigger: PhraseHit): boolean {
  const tag = trigger.phrase.tag;
  return (tag === '@fire' || tag === 'Attack') && SHOOTING.test(trigger.phrase.words.join(' '));
}

/** A trigger that names a weapon of its own or a blast ("a car bomb", "exploded"). */
function namesWeapon(trigger: PhraseHit): boolean {
  return isWeaponType(trigger.phrase.tag) || trigger.phrase.tag === '@explosion';
}

/**
 * The part of a frame its type reads: a frame that opens on a shooting ends, for its weapon, before a
 * subordinate clause naming a weapon after it ("opened fire …, after a bomb exploded"), which tells another
 * act. Any other frame is read whole.
 *
 * @example shootingClause(frame).to // the token of "after" in "Men fired at the toll booth, after a bomb went off"
 */
export function shootingClause(frame: Frame): Frame {
  const first = frame.triggers[0];
  if (frame.family !== 'violence' || !isShooting(first)) return frame;
  const weapon = frame.triggers.find((t) => t.start >= first.end && namesWeapon(t));
  if (!weapon) return frame;
  const tokens = frame.view.tokens;
  for (let k = first.end; k < weapon.start; k++) {
    if (!SUBORDINATE.has(tokens[k].norm)) continue;
    const shooting = frame.triggers.filter((t) => t.end <= k);
    return reframed(frame, frame.from, k, shooting);
  }
  return frame;
}

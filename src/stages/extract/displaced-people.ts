/**
 * "fighting between the army and the rebels has driven 9,000 villagers to flee", "the clashes displaced
 * thousands of residents": people an act sent fleeing are its aftermath, not a side that fought or was
 * struck; the act's own sides are the ones the clause names.
 */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';

/** English words of fleeing or being driven from home. */
const FLEEING =
  /^(?:flee|fled|fleeing|flight|displaced|displacing|displace|uprooted|evacuate|evacuated|leave|abandon)$/;
/** Verbs that drive people out, told before them ("displaced 9,000 residents", "forced thousands …"). */
const DRIVING = /^(?:displaced|displacing|uprooted|uprooting)$/;
/** Tokens after the people within which their fleeing is told ("villagers to flee", "residents fled"). */
const FLEE_REACH = 3;
/** Tokens before the people within which a driving verb may stand ("displaced thousands of residents"). */
const DRIVE_REACH = 4;

/**
 * The civilians of `candidates` told as fleeing or displaced by the frame's act, in English.
 *
 * @example displacedPeople(frame, candidates)[0]?.ref.name // 'Civilians' for "… forced 9,000 villagers to flee"
 */
export function displacedPeople(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  if (frame.triggers[0]?.phrase.lang !== 'en') return [];
  const tokens = frame.view.tokens;
  return candidates.filter((c) => {
    if (c.side !== 'civilian') return false;
    const after = tokens.slice(c.at + 1, c.at + 1 + FLEE_REACH);
    const before = tokens.slice(Math.max(0, c.at - DRIVE_REACH), c.at);
    return after.some((t) => FLEEING.test(t.norm)) || before.some((t) => DRIVING.test(t.norm));
  });
}

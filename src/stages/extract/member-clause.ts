/**
 * "The Army of Conquest an opposition coalition that includes the Nusra Front began its assault": a group named
 * as one member of a coalition the sentence has just named is told only to describe that coalition.
 */
import { armedSide, type ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { tokenAt, wordsBetween } from './sentence-view.js';

/** Words by which a coalition's description names its members ("that includes", "an alliance including"). */
const MEMBERSHIP = /^(?:includes|include|including|comprises|comprising|grouping)$/;
/**
 * First words of what may stand between a coalition's name and its members: an appositive noun phrase ("an
 * opposition coalition", "the alliance") or a relative pronoun. A member word right after a bare noun
 * ("insurgents including the Nusra Front") names the most telling side of a vague one, and is left alone.
 */
const DESCRIPTION_OPENER = /^(?:a|an|the|that|which)$/;
/** Tokens from the end of the coalition's name to its member: the appositive and its member word. */
const DESCRIPTION_REACH = 10;

/**
 * Whether `c` is a member named in the description of a coalition told just before it, with or without the
 * commas that usually set that description apart, in the clause before the act.
 *
 * @example memberInDescription(frame, nusra, perpetrators) // true for "the Army of Conquest an alliance that includes the Nusra Front attacked"
 */
export function memberInDescription(
  frame: Frame,
  c: ActorCandidate,
  perpetrators: ActorCandidate[],
): boolean {
  const view = frame.view;
  return perpetrators.some((coalition) => {
    if (coalition.at >= c.at || coalition.ref.entity_id === null || !armedSide(coalition)) return false;
    if (coalition.ref.name === c.ref.name) return false;
    const after = tokenAt(view, coalition.ref.spans[0][1]);
    if (c.at - after > DESCRIPTION_REACH) return false;
    const words = wordsBetween(view, after, c.at);
    const member = words.findIndex((w) => MEMBERSHIP.test(w));
    return member > 0 && DESCRIPTION_OPENER.test(words[0]);
  });
}

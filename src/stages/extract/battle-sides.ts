/** The sides of a battle told only by its dead: «قتل 30 مسلحا و4 من القوات في معارك». */
import type { ActorCandidate } from './actor-finder.js';
import { isBattle } from './battle-tolls.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { isInterlocutor } from './interlocutor.js';

/**
 * «قتل 30 مسلحا و4 من القوات الحكومية في معارك», "12 rebels and 3 soldiers died in clashes": a
 * battle that counts the dead of two armed sides and names no attacker was fought between them, so the
 * counted side other than the target is the other side of the battle. Only a frame whose act is the
 * battle: strikes told "as fighting raged" count no fighters of theirs.
 *
 * @example battleFoe(frame, victims, houthis)?.ref.name // 'Military Forces of Yemen'
 */
export function battleFoe(
  frame: Frame,
  victims: ActorCandidate[],
  target: ActorCandidate | null,
): ActorCandidate | undefined {
  if (!target || !isBattle(mainTrigger(frame))) return undefined;
  return victims.find(
    (c) =>
      (c.side === 'group' || c.side === 'forces') &&
      !c.site &&
      c.ref.name !== target.ref.name &&
      !isInterlocutor(frame.view, c),
  );
}

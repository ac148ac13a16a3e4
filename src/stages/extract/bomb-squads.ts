/** A force's bomb squad: it came to make a bomb safe, it neither planted nor suffered it. */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { tokenFrom } from './sentence-view.js';
import { wordSet } from '../../core/text/word-set.js';

/** "bomb", "explosives", "ordnance": what a squad's name says it makes safe (English). */
const BOMB = wordSet('bomb bombs explosive explosives ordnance eod');
/** "squad", "disposal", "experts": the words after the bomb word that make it a unit of specialists. */
const SQUAD = wordSet('squad squads disposal technicians experts unit units team teams');
/**
 * «خبراء المتفجرات», «فريق هندسة المتفجرات», «وحدة الهندسة» (folded): Arabic squads that make bombs safe,
 * named before their force.
 */
const SQUAD_AR = wordSet('خبراء خبير فريق فرق وحده وحدات');
const BOMB_AR = wordSet('المتفجرات الهندسه المفرقعات');
/**
 * "from the police", "of the army", «في الشرطة», «التابع للجيش»: the words between a squad and the force it
 * belongs to.
 */
const OF_FORCE = wordSet('of from with the في من التابع التابعه');
/** How far back from a squad its force may stand: at most two linking words between ("from the", «التابع»). */
const SQUAD_REACH = 3;

/**
 * "carabineros bomb squad officers went to the scene", "a bomb disposal team from the army", «خبراء
 * المتفجرات في الشرطة»: a force named by its bomb squad answered the bombing; it is no side of it.
 *
 * @example bombSquads(frame, candidates) // [the police] in "police bomb squad officers defused a second device"
 */
export function bombSquads(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const norm = (i: number) => frame.view.tokens[i]?.norm ?? '';
  const squads = candidates.filter((c) => {
    if (c.side !== 'forces') return false;
    const after = tokenFrom(frame.view, c.ref.spans[0][1]);
    if (BOMB.has(norm(after)) && SQUAD.has(norm(after + 1))) return true;
    let before = c.at - 1;
    while (before > c.at - SQUAD_REACH && OF_FORCE.has(norm(before))) before--;
    if (SQUAD.has(norm(before))) return BOMB.has(norm(before - 1)) || BOMB.has(norm(before - 2));
    return BOMB_AR.has(norm(before)) && (SQUAD_AR.has(norm(before - 1)) || SQUAD_AR.has(norm(before - 2)));
  });
  // "a bomb disposal team from the army defused it": making a bomb safe is the squad's own act.
  return squads.length === 0 || defusal(frame) ? [] : squads;
}

/** A word of finding or defusing a device in the frame ("defused", "was found"), or a trigger of one. */
function defusal(frame: Frame): boolean {
  const inFrame = (h: { start: number }) => h.start >= frame.from && h.start < frame.to;
  return (
    frame.triggers.some((t) => t.phrase.tag === 'Disrupted weapons use') ||
    frame.view.cues.some((c) => c.phrase.tag === 'disrupted' && inFrame(c))
  );
}

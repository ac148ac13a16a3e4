/**
 * «أعدم التنظيم 12 من عناصره», "the militia shot 12 of its own gunmen": a group that kills its own
 * members harms its own side, not civilians nor the side those members fled from.
 */
import type { ActorCandidate } from './actor-finder.js';
import { mainTrigger, type Frame } from './frame-builder.js';

/** «من عناصره», «من مرتزقته», «من التنظيم»: the members the count after «من» is of (folded forms). */
const OWN_MEMBERS = /^(?:عناصره|مقاتليه|مسلحيه|مرتزقته|اعضايه|افراده|انصاره|منتسبيه|التنظيم|الجماعه|الحركه)$/;
/** «من», «من بين», «من صفوف»: the words that open the group the counted belong to. */
const OF = /^(?:من|بين|صفوف)$/;
/** "its own gunmen", "their own recruits". */
const ITS_OWN = /^(?:its|their)$/i;
/** Tokens after the trigger within which its own members are counted. */
const OWN_REACH = 8;

/**
 * Whether the act of `frame`, which the armed group `actor1` did, harmed that group's own men: a
 * count «من عناصره» / «من التنظيم» or "of its own" right after the act, with no other armed group named
 * in the frame that "the group" could be.
 *
 * @example ownMembersHarmed(frame, isCandidate, candidates) // true for «أعدم التنظيم 12 من عناصره»
 */
export function ownMembersHarmed(
  frame: Frame,
  actor1: ActorCandidate | null,
  candidates: ActorCandidate[],
): boolean {
  if (actor1?.side !== 'group') return false;
  const otherGroup = (c: ActorCandidate) =>
    c.side === 'group' && !c.site && c.ref.entity_id !== null && c.ref.name !== actor1.ref.name;
  if (candidates.some(otherGroup)) return false;
  const view = frame.view;
  const trigger = mainTrigger(frame);
  const end = Math.min(frame.to, trigger.end + OWN_REACH);
  for (let k = trigger.end + 1; k < end; k++) {
    const word = view.tokens[k].norm;
    if (OWN_MEMBERS.test(word) && OF.test(view.tokens[k - 1].norm)) return true;
    if (word === 'own' && ITS_OWN.test(view.tokens[k - 1].norm)) return true;
  }
  return false;
}

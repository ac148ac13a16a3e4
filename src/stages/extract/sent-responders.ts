/** Forces sent to where an incident was told: they answered it, they did not take part in it. */
import type { ActorCandidate } from './actor-finder.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { tokenAt } from './sentence-view.js';

/** "has been", "were", "had been": the auxiliaries of a passive of sending. */
const AUXILIARY = /^(?:is|are|was|were|been|be|has|have|had|being)$/;
/** Passives of sending a force somewhere: "dispatched", "rushed", "called in". */
const SENT = /^(?:dispatched|deployed|sent|rushed|redeployed|airlifted|moved|posted|stationed|called)$/;
/** Words that may stand between the sending and where to: "to", "into", "in", "out to", "in to". */
const TOWARD = /^(?:to|into|in|out|at|across)$/;
/** Words that open the incident a force was sent to: "where fresh arson was reported", "after mobs burned". */
const TOLD_AWAY = /^(?:where|after|following|amid|when|once|since)$/;
/** Tokens from the end of the force's name to the sending verb: "the BSF has been dispatched". */
const AUXILIARY_REACH = 3;

/**
 * "reserve police were dispatched into Anand, where shops burned overnight", "troops were rushed into the town
 * after the mob burned shops": a force that is the subject of a passive of sending, told before the incident
 * it was sent to ("where", "after"), came to the incident; it is neither who did it nor who suffered it.
 * One sent that then acts ("troops were deployed to the town and opened fire") is told with its own verb
 * and stays a side.
 *
 * @example sentResponders(frame, candidates) // [reserve police] in "reserve police were dispatched into Anand, where …"
 */
export function sentResponders(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  return candidates.filter((c) => sentToIncident(frame, c));
}

/** Whether the force `c` was sent to the frame's incident (see `sentResponders`). */
export function sentToIncident(frame: Frame, c: ActorCandidate): boolean {
  if (c.side !== 'forces') return false;
  const { tokens } = frame.view;
  const trigger = mainTrigger(frame).start;
  if (c.at > trigger) return false;
  const after = tokenAt(frame.view, c.ref.spans[0][1]);
  let verb = after;
  while (verb < after + AUXILIARY_REACH && AUXILIARY.test(tokens[verb]?.norm ?? '')) verb++;
  return (
    verb > after &&
    verb < trigger &&
    SENT.test(tokens[verb]?.norm ?? '') &&
    TOWARD.test(tokens[verb + 1]?.norm ?? '') &&
    tokens.slice(verb + 2, trigger).some((t) => TOLD_AWAY.test(t.norm))
  );
}

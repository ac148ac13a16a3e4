/** The group that arrested, when no force is named: it seized the people (an abduction, as typed). */
import type { ActorCandidate } from './actor-finder.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { tokenAt } from './sentence-view.js';

/**
 * "ألقى الثوار القبض على 72 حوثيا", "Hamas arrested two men", "اعتقل تنظيم داعش 20 شابا": with no force
 * named, a group standing right before the arrest word, or right after an Arabic arrest verb (its subject),
 * made it, unless it is the counted arrested ("72 Houthis arrested").
 */
export function arrestingGroup(frame: Frame, candidates: ActorCandidate[]): ActorCandidate | null {
  const trigger = mainTrigger(frame);
  const view = frame.view;
  const verb = view.tokens[trigger.start].norm;
  const subjectAfter =
    trigger.phrase.pos === 'verb' && /^[\u0600-\u06ff]/.test(verb) && !/^[وفب]?ال/.test(verb);
  const counted = (c: ActorCandidate) =>
    view.quantities.some(
      (q) => c.ref.spans[0][0] >= q.span[0] && c.ref.spans[0][0] <= (q.nounSpan ?? q.span)[1] + 1,
    );
  return (
    candidates.find(
      (c) =>
        c.side === 'group' &&
        (tokenAt(view, c.ref.spans[0][1]) === trigger.start || (subjectAfter && c.at === trigger.end)) &&
        !counted(c),
    ) ?? null
  );
}

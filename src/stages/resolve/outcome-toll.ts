import type { EventRecord } from '../../core/records.js';

/**
 * The words between an incident's trigger and its toll that make the toll the incident's own outcome: "a
 * bombing that killed 12", "the blast, which has left 9 dead", "a raid, killing four", "تفجير أسفر عن مقتل
 * 12", "غارة أودت بحياة 5". Nothing but a few words of the incident (its target, its weapon) stands between.
 */
const OUTCOME_LINK = new RegExp(
  [
    String.raw`^[^.;!?]{0,60}?(?:\b(?:that|which)\s+(?:(?:has|have|had)\s+)?(?:killed|left|claimed|wounded|injured)|,\s*(?:killing|leaving|claiming|wounding|injuring))\b`,
    String.raw`(?:^|[^.؛!?]{0,60}?\s)(?:(?:الذي|التي)\s+)?(?:[أا]سفر|[أا]سفرت|[أا]ودى|[أا]ودت|[أا]دى|[أا]دت|خلف|خلفت|[أا]وقع|[أا]وقعت)(?=\s)`,
  ].join('|'),
  'i',
);
/** How far after the trigger its outcome's toll may begin. */
const OUTCOME_REACH = 120;

/**
 * True when the event's toll is told in the clause of its own trigger, as its outcome ("a bombing that
 * killed 12 people"): the incident is told with what it did, not only named as the background of another
 * (such a telling is news of its own even when the text names no town for it).
 *
 * @example tollAsOutcome(event, 'after a bombing that killed 12 people') // true, the trigger "bombing"
 */
export function tollAsOutcome(event: EventRecord, text: string): boolean {
  const trigger = event.event_type?.spans[0];
  const toll = event.fatalities ?? event.injuries;
  if (!trigger || !toll) return false;
  // The count's own span comes first; the verb may lie after the trigger's words or be one of them.
  const start = toll.spans[0][0];
  if (start < trigger[1] || start - trigger[1] > OUTCOME_REACH) return false;
  return OUTCOME_LINK.test(text.slice(trigger[1], start));
}

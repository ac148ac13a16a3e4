// An incident whose own telling says nobody knows who did it: its perpetrator is left open, whatever side
// another of its tellings, or a background sentence merged into it, seems to name.
import type { EventRecord } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/** What the doer did, after "who": "who planted the device", "who was behind the blast". */
const DOER_ACT = String.raw`who\s+(?:(?:was|were|is|are|had)\s+)?(?:behind|responsible|carried|conducted|launched|fired|staged|planted|detonated|struck|hit|bombed|attacked|shelled|shot|killed|dropped|flew)\b`;
/** "it was not immediately clear", "it remains unclear", "was not yet known", "unknown". */
const NOT_KNOWN = String.raw`(?:not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|unclear|unknown)`;
/** "was unable to determine", "could not say", "not immediately able to identify". */
const NOT_ABLE = String.raw`(?:(?:not\s+(?:yet\s+|immediately\s+)?able|unable)\s+to|could\s+not|cannot|can't)\s+(?:determine|identify|say|establish|confirm|tell)`;
/**
 * "Police could not say who planted the device", "the monitor was unable to determine who struck",
 * "it remained unclear whether (or if) the shelling was launched by rebels or by the militia": the telling leaves the
 * doer open. A doubt over the weapon ("unclear whether the damage was caused by a shell or a mine") is not one.
 */
const DOUBT = new RegExp(
  String.raw`\b(?:(?:${NOT_KNOWN}|${NOT_ABLE})\s+${DOER_ACT}|(?:not\s+(?:immediately\s+)?clear|unclear)\s+(?:whether|if)\s+[^.;]{0,80}?\b(?:carried\s+out|conducted|launched|fired|staged|flown|dropped)\s+by\s+[^.;]{2,80}?\bor\b)`,
  'i',
);

/**
 * One of the sentences that tell the incident, or a sentence right after one of them that tells no other
 * incident ("Jets hit the depot. Officials could not tell who flew them."), says its doer is not known;
 * an incident someone claimed is not in doubt.
 *
 * @example doerInDoubt(event, [event], text, sentences) // true for "Jets hit X. It is unclear who struck."
 */
export function doerInDoubt(
  event: EventRecord,
  events: EventRecord[],
  text: string,
  sentences: Span[],
): boolean {
  if (event.claimed_by !== null) return false;
  const told = (s: Span) => events.some((e) => e.evidence.some(([from]) => from === s[0]));
  const next = event.evidence
    .map(([, to]) => sentences.find(([from]) => from >= to))
    .filter((s): s is Span => s !== undefined && !told(s));
  return [...event.evidence, ...next].some(([from, to]) => DOUBT.test(text.slice(from, to)));
}

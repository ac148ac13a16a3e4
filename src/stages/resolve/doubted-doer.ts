import { packedMap } from '../../core/packed-map.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';
// An incident whose own telling says nobody knows who did it: its perpetrator is left open, whatever side
// another of its tellings, or a background sentence merged into it, seems to name.
import type { EventRecord } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/**
 * What the doer did, after "who" or after "which" and a craft or a side: "who planted the device", "who was
 * behind the blast", "which aircraft carried out the strike".
 */
const DOER_ACT = String.raw`(?:who|which\s+(?:aircraft|warplanes?|jets?|planes?|drones?|helicopters?|side|group|country|forces?))\s+(?:(?:was|were|is|are|had)\s+)?(?:behind|responsible|carried|conducted|launched|fired|staged|planted|detonated|struck|hit|bombed|attacked|shelled|shot|killed|dropped|flew)\b`;
/** "it was not immediately clear", "it remains unclear", "was not yet known", "unknown". */
const NOT_KNOWN = String.raw`(?:not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|unclear|unknown)`;
/** "was unable to determine", "could not say", "not immediately able to identify". */
const NOT_ABLE = String.raw`(?:(?:not\s+(?:yet\s+|immediately\s+)?able|unable)\s+to|could\s+not|cannot|can't)\s+(?:determine|identify|say|establish|confirm|tell)`;
/** "the identity of the aircraft was not confirmed": a craft whose side the telling says nobody knows. */
const UNKNOWN_CRAFT = String.raw`(?:identity|nationality)\s+of\s+the\s+(?:drones?|aircraft|warplanes?|jets?|planes?|helicopters?)\s+(?:was|were|is|are|has|have|remains?|remained)\s+(?:not\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|known|established|clear|identified)|unknown|unclear)`;
/**
 * "Police could not say who planted the device", "the monitor was unable to determine who struck",
 * "it remained unclear whether (or if) the shelling was launched by rebels or by the militia": the telling leaves the
 * doer open. A doubt over the weapon ("unclear whether the damage was caused by a shell or a mine") is not one.
 */
const DOUBT = guardedPattern(
  new RegExp(
    String.raw`\b(?:(?:${NOT_KNOWN}|${NOT_ABLE})\s+${DOER_ACT}|${UNKNOWN_CRAFT}|(?:not\s+(?:immediately\s+)?clear|unclear)\s+(?:whether|if)\s+[^.;]{0,80}?\b(?:carried\s+out|conducted|launched|fired|staged|flown|dropped)\s+by\s+[^.;]{2,80}?\bor\b)`,
    'i',
  ),
  // Read off the pattern alone, its guard is "clear", "known", "able" … — "able" stands in nearly every
  // text ("available", "table"). Each alternative also holds "who", "which", "identity", "nationality" or
  // "clear".
  'who which identity nationality clear',
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
  const next = packedMap(event.evidence, ([, to]) => sentences.find(([from]) => from >= to)).filter(
    (s): s is Span => s !== undefined && !told(s),
  );
  return [...event.evidence, ...next].some(([from, to]) => DOUBT.test(text.slice(from, to)));
}

/**
 * "asked about reports that", "denied claims that", "dismissed allegations that": a version of the incident
 * someone is questioned on or rejects. The doer it names is hearsay, not told.
 */
const HEARSAY =
  /\b(?:asked\s+(?:about|over)|denied|denies|dismissed|rejected|refuted)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:reports?|claims?|allegations?|suggestions?|rumou?rs?|accusations?)\s+that\b/i;

/** ", but", ", while", ";": a clause of its own after the version set aside, which tells its own doer. */
const NEW_CLAUSE = /[;:]|,\s*(?:but|while|and)\s/i;

/**
 * Whether every words naming the incident's perpetrator stand in such a version, up to the end of its
 * clause: "Asked about claims that an American aircraft carried out the raid, a spokesman said …". "… denied
 * reports of a mutiny, but rebels attacked the base" names the rebels in a clause of its own.
 *
 * @example hearsayDoer(event, text, sentences) // true when actor1's only span follows "denied reports that"
 */
export function hearsayDoer(event: EventRecord, text: string, sentences: Span[]): boolean {
  const spans = event.actor1?.spans ?? [];
  if (spans.length === 0) return false;
  return spans.every(([from]) => {
    const sentence = sentences.find(([s, e]) => s <= from && from < e);
    if (!sentence) return false;
    return HEARSAY.test(text.slice(sentence[0], from).split(NEW_CLAUSE).at(-1)!);
  });
}

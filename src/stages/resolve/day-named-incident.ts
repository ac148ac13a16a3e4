// A wire report often leaves its lead incident undated ("air strikes killed 25, a monitor said on Wednesday")
// and names its day only later, as an attribute of the incident: "the Tuesday raids", "Tuesday's assault".
import type { DateRef, Document, EventRecord } from '../../core/records.js';
import { dateRef } from '../../core/record-refs.js';
import { REPORTING_VERBS } from '../../core/text/saying-words.js';
import { VIOLENT } from './incident-kinds.js';
import type { Placed } from './placed.js';

/** The times stage's reason for a weekday resolved against the reference date. */
const WEEKDAY = /weekday/i;
/** A weekday's name as written, possessive or attributive. */
const DAY_NAME = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** The nouns of attack a weekday names an incident by. */
const ATTACK_NOUN = String.raw`(?:attacks?|raids?|air\s*strikes?|strikes?|bombings?|bombardment|blasts?|explosions?|assaults?|shelling|ambush|massacre|killings?|clashes|fighting)`;
/** "'s deadly assault", "'s raids": the possessive and up to two words before the noun. */
const POSSESSED = new RegExp(String.raw`^['’]s\s+(?:[\w-]+\s+){0,2}?${ATTACK_NOUN}\b`, 'i');
/** " raids", " suicide bombing": the weekday as an attribute, after "the". */
const ATTRIBUTED = new RegExp(String.raw`^\s+(?:[\w-]+\s+)?${ATTACK_NOUN}\b`, 'i');
/**
 * "came a day after Monday's attack", "since Friday's bombing", "similar to Sunday's raid": the incident so
 * named is another one, told as what came before or compared.
 */
const ANOTHER = /\b(?:after|since|before|following|follows|like|unlike|than|to)\s+(?:the\s+)?$/i;
/** "reported after Friday's ambush", "said after the Sunday blasts": a telling that follows its incident. */
const TOLD_AFTER = new RegExp(String.raw`\b(?:${REPORTING_VERBS}|added)\s+after\s+(?:the\s+)?$`, 'i');

/** "a monitor said on Wednesday": the day of the telling, not of the incident. */
const SAID_ON = new RegExp(String.raw`\b(?:${REPORTING_VERBS}|reports|added)\s+(?:on\s+)?$`, 'i');

/** Whether the lead's date is only what its own words give for the day of the telling, or none at all. */
export function undatedLead(event: EventRecord, text: string): boolean {
  if (!event.date) return true;
  return (
    event.date.spans.length > 0 &&
    event.date.spans.every(([from]) => SAID_ON.test(text.slice(Math.max(0, from - 24), from)))
  );
}

/**
 * The day a later sentence names the lead incident by ("which side flew the Tuesday raids", "after Friday's
 * assault"), when the lead is violent, told before it and undated in its own words, and the article names
 * exactly one such day. Null otherwise: the lead then takes the report's day as before.
 *
 * @example dayNamedLater(lead, doc)?.value // '2021-05-11' for "… which side flew the Tuesday raids."
 */
export function dayNamedLater(event: EventRecord, doc: Document): DateRef | null {
  if (!VIOLENT.has(event.event_type?.value ?? '')) return null;
  const text = doc.text ?? '';
  const told = event.evidence[0]?.[0];
  if (told === undefined) return null;
  const named = (doc.times ?? []).filter((t) => {
    if (t.value === null || t.precision !== 'day' || !WEEKDAY.test(t.reason) || t.span[0] <= told)
      return false;
    if (!DAY_NAME.test(text.slice(t.span[0], t.span[1]))) return false;
    const before = text.slice(Math.max(0, t.span[0] - 40), t.span[0]);
    if (ANOTHER.test(before) && !TOLD_AFTER.test(before)) return false;
    const after = text.slice(t.span[1], t.span[1] + 48);
    return POSSESSED.test(after) || (/\bthe\s+$/i.test(before) && ATTRIBUTED.test(after));
  });
  const days = new Set(named.map((t) => t.value));
  if (days.size !== 1) return null;
  return dateRef(
    named[0].value!,
    'day',
    named.map((t) => t.span),
  );
}

/**
 * "Air strikes killed 25, a monitor said on Wednesday. … who flew the Tuesday raids. … fresh strikes on
 * Wednesday": the lead telling takes the day a later sentence names it by before the tellings are merged, so
 * that a telling of another day ("fresh strikes on Wednesday") is another incident, not the day of the lead.
 *
 * @example dateLeadByNamedDay(placed, doc) // placed[0].event.date.value === '2021-05-11'
 */
export function dateLeadByNamedDay(items: Placed[], doc: Document): void {
  const lead = items[0]?.event;
  if (!lead || !undatedLead(lead, doc.text ?? '')) return;
  lead.date = dayNamedLater(lead, doc) ?? lead.date;
}

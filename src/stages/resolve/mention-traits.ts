import type { Document, EventRecord } from '../../core/records.js';

/** Words that make a toll an addition to one told before: "also", "another", "as well", "too". */
const MORE = /\b(?:also|another|as well|too|in addition)\b/i;
/** Trigger words that tell only a casualty, not an incident of its own ("was also killed"). */
const CASUALTY =
  /^(?:killed|killing|died|dead|slain|murdered|wounded|wounding|injured|injuring|hurt|shot dead|shot and killed)$/i;

/**
 * "A police officer was shot in Kirkuk. His driver was also killed.": a mention told only by a casualty
 * word and marked as more victims adds its toll to the incident before; "another bomb killed four"
 * names an incident of its own and does not.
 *
 * @example tellsMoreVictims(event, 'His driver was also killed.') // true
 */
export function tellsMoreVictims(event: EventRecord, text: string): boolean {
  const triggers = event.event_type?.spans ?? [];
  const sentence = event.evidence[0];
  if (triggers.length === 0 || !sentence || (!event.fatalities && !event.injuries)) return false;
  // "His nephew was also killed in the attack": the casualty word, and the incident named as known.
  const onlyCasualty = triggers.every(
    (s) =>
      CASUALTY.test(text.slice(s[0], s[1])) ||
      /\b(?:the|this|that)\s+$/i.test(text.slice(Math.max(0, s[0] - 5), s[0])),
  );
  return onlyCasualty && MORE.test(text.slice(sentence[0], sentence[1]));
}

/**
 * "Seven Iraqis were killed": a toll the clause places only by a nationality word tells whose people
 * died, not where; such a place agrees with any other. An arrest of "five Kuwaitis" keeps its country.
 *
 * @example placedByNationality(event, doc) // true when its place's span is a demonym mention
 */
export function placedByNationality(event: EventRecord, doc: Document): boolean {
  const loc = event.location;
  const span = loc?.spans[0];
  if (!loc || loc.precision !== 'country' || !span || (!event.fatalities && !event.injuries)) return false;
  return (doc.mentions ?? []).some((m) => m.via === 'demonym' && m.span[0] === span[0]);
}

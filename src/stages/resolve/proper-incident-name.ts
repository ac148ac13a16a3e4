/**
 * "the file of the Hama Massacre", "victims of the Rampur Bombing": an incident noun written with a capital
 * inside an ordinary sentence is part of a name the incident is known by. The article recalls it; the
 * day it reports on is not the incident's, so it keeps no date its words do not give.
 */
import type { EventRecord } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/** "the Hama ", "the Blue Lantern ": a definite name of up to three capitalised words right before the noun. */
const NAME_BEFORE = /\bthe\s+(?:[A-Z][\w'’.-]*\s+){1,3}$/;
/** Characters before the noun its name may take up. */
const NAME_REACH = 60;

/**
 * Whether the first capitalised trigger of the incident is a noun that ends a definite name ("shot dead
 * in the Hama Massacre"). In a headline, where every word is capitalised, the first trigger is most often
 * the verb that tells the news ("Gunmen Kill 40"), which no "the" and name stand before.
 *
 * @example properlyNamed(text, event) // true for "… reopen the file of the Hama Massacre and try …"
 */
export function properlyNamed(text: string, e: EventRecord): boolean {
  const trigger = e.event_type?.spans.find(([from, to]) => /^\p{Lu}/u.test(text.slice(from, to)));
  if (!trigger) return false;
  const sentence = e.evidence.find(([from, to]: Span) => from <= trigger[0] && trigger[1] <= to);
  if (!sentence) return false;
  const before = text.slice(Math.max(sentence[0], trigger[0] - NAME_REACH), trigger[0]);
  return NAME_BEFORE.test(before);
}

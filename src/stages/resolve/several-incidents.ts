import type { EventRecord } from '../../core/records.js';

// "five simultaneous attacks in which 43 were killed": a round-up that counts several incidents under one
// toll. Its toll is theirs together, never that of one of them told on its own.

/** A count of incidents: "two" to "twelve", "several", "multiple", or 2 to 99 in digits. */
const COUNT =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|[2-9]|[1-9][0-9])$/i;
/** Words that say the acts counted were apart: "five simultaneous attacks", "three separate blasts". */
const APART = /^(?:simultaneous|coordinated|co-ordinated|separate|near-simultaneous|different)$/i;
/** Other words that may stand between the count and the noun: "four deadly suicide bombings". */
const BETWEEN = /^(?:deadly|suicide|car|bomb|roadside|large|major|big|other|more|armed)$/i;
/** How many such words may stand there. */
const BETWEEN_REACH = 3;
/**
 * Nouns of whole acts ("attacks", "bombings"), each an incident; "blasts" or "explosions" only when told
 * apart: "two blasts" and "three car bombs" are as often one attack at one spot, the weapons it used.
 */
const ACTS = /(?:attacks|bombings|incidents|assaults|ambushes|shootings)$/i;
const BLASTS = /(?:blasts|explosions)$/i;
/**
 * "(One of two attacks)", "the 3rd of 7 attacks": the count is the whole the incident told is one of; the
 * toll after it is that incident's, unless a relative clause gives it to the whole ("one of five attacks in
 * which 43 were killed").
 */
const PART_OF =
  /\b(?:one|two|three|four|five|six|seven|\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|last|another) of$/i;
const TOLL_CLAUSE = /^\s*(?:in which|(?:which|that) (?:killed|left|claimed|wounded|injured))\b/i;
/** A plural English noun of incidents: its last word ends in a single "s" ("attacks", "bombings", "blasts"). */
const PLURAL = /[^s]s$/i;

/** "one of the attacks", "another of these bombings": the noun names the whole the one told is part of. */
const ONE_OF =
  /\b(?:one|another|each|either|the (?:first|second|third|last|deadliest|largest)) of (?:the|these|those)\s+$/i;

/**
 * The mention's first trigger is a plural noun ("the attacks"), not told as one of them: it may point back
 * to a round-up.
 */
export function pluralTrigger(event: EventRecord, text: string): boolean {
  const trigger = event.event_type?.spans[0];
  return (
    trigger !== undefined &&
    PLURAL.test(text.slice(trigger[0], trigger[1])) &&
    !ONE_OF.test(text.slice(Math.max(0, trigger[0] - 40), trigger[0]))
  );
}

/**
 * The mention's first trigger is a plural noun counted as several incidents: "four coordinated attacks",
 * "several bombings", "3 separate blasts". English only.
 *
 * @example countsSeveral(event, 'Gunmen staged five simultaneous attacks on Monday.') // true
 */
export function countsSeveral(event: EventRecord, text: string): boolean {
  const trigger = event.event_type?.spans[0];
  if (!trigger || !pluralTrigger(event, text)) return false;
  const noun = text.slice(trigger[0], trigger[1]);
  const before = text
    .slice(Math.max(0, trigger[0] - 60), trigger[0])
    .split(/\s+/)
    .filter((w) => w !== '');
  let apart = false;
  for (let k = before.length - 1; k >= 0 && k >= before.length - 1 - BETWEEN_REACH; k--) {
    if (COUNT.test(before[k]))
      return (
        (ACTS.test(noun) || (apart && BLASTS.test(noun))) &&
        (!PART_OF.test(before.slice(0, k).join(' ')) || TOLL_CLAUSE.test(text.slice(trigger[1])))
      );
    if (APART.test(before[k])) apart = true;
    else if (!BETWEEN.test(before[k])) return false;
  }
  return false;
}

import type { Document } from '../../core/records.js';
import { leadIntroducesIt, leadTellsIt } from './lead-antecedent.js';
import { pinnedOnGroup } from './pinned-on-group.js';
import type { Placed } from './placed.js';

/** Sentences a brief holds at most: a report of one incident, not a story that mentions one in passing. */
const BRIEF_SENTENCES = 5;

/**
 * The incidents an article tells though it places, dates, counts and names none of them. "PERU.  A bomb exploded
 * outside a bank.": a report under a country dateline, or one that tells a single incident, tells it even so (the
 * publication date dates it); an article's undated indefinite mentions among others are most often background,
 * save its lead's. Under a country dateline, or right after a lead naming a place, even "the explosion" is the one
 * incident told; so is an English brief's one reference that it blames on a named armed group (`pinnedOnGroup`),
 * or that names as known what its lead brought in (`leadIntroducesIt`: "a bomb … The bomb").
 * When none of those is left, an English brief of a few sentences that opens on something else ("Residents
 * reported a parcel by the road. Troops found a bomb in it and destroyed it.") still tells one incident: its first
 * act told as new (not "the blast", which points at one told elsewhere). Arabic briefs are left out: on Arabic
 * news a weak word in an article that tells no incident became one.
 *
 * @example unpointedIncidents(items, false, doc) // [the finding of the bomb] for the brief above
 */
export function unpointedIncidents(items: Placed[], underCountryDateline: boolean, doc: Document): Placed[] {
  const short = underCountryDateline || items.length === 1;
  const brief = doc.language === 'en' && (doc.sentences?.length ?? 0) <= BRIEF_SENTENCES;
  const entry =
    items.length === 1 &&
    (underCountryDateline ||
      leadTellsIt(items[0], doc) ||
      (brief && (pinnedOnGroup(items[0], doc) || leadIntroducesIt(items[0], doc))));
  const kept = items.filter((item) => (short || item.first === 0) && (!item.anaphoric || entry));
  if (kept.length > 0 || !brief) return kept;
  const first = items.find((item) => !item.anaphoric && !item.title);
  return first ? [first] : [];
}

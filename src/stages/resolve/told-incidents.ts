// Which of the merged incidents the article tells as news of its own: the rest are references, background
// or round-up figures.
import { CIVILIANS } from '../../core/civilians.js';
import type { Document, EventRecord } from '../../core/records.js';
import { hasTown, type Placed } from './placed.js';
import { unpointedIncidents } from './unpointed-incidents.js';
import { withoutRoundUpLeads } from './round-up-lead.js';
import { tollsOfTownIncidents } from './town-toll.js';
import { tollAsOutcome } from './outcome-toll.js';

/** The incidents the article tells, and those of them it places at a town (or finer). */
export interface ToldIncidents {
  told: Placed[];
  towned: Placed[];
}

/**
 * The merged incidents the article tells: those that point at something (a place, a day, a toll or a named
 * side; failing any, see `unpointedIncidents`), without round-up leads, and — where the article places its
 * incidents — without the unplaced ones that are background or a round-up's figure, or that it tells again
 * later as news. `datelined`: the article has a dateline country.
 *
 * @example toldIncidents(merged, doc, false).told.length <= merged.length
 */
export function toldIncidents(merged: Placed[], doc: Document, datelined: boolean): ToldIncidents {
  const text = doc.text ?? '';
  const pointed = merged.filter((item) => pointsAtSomething(item.event));
  const unpointed = pointed.length > 0 ? [] : unpointedIncidents(merged, datelined, doc);
  const kept = withoutRoundUpLeads(pointed.length > 0 ? pointed : unpointed, text);
  const towned = kept.filter((item) => hasTown(item.event));
  // Where the article places its incidents, one it cannot place is most often background or a round-up
  // figure; the strategic kinds (arrests, truces) are told country-wide and stay.
  const stays = (item: Placed) =>
    hasTown(item.event) || countryWide(item.event) || toldApart(item.event, towned, text);
  const placedOrApart = towned.length > 0 ? tollsOfTownIncidents(kept, stays).filter(stays) : kept;
  return { told: placedOrApart.filter((item) => !toldAgainLater(item, placedOrApart)), towned };
}

/**
 * An incident the text places or dates, counts, or pins on a named side. A bare "the attack" that
 * joined nothing told before is a reference to something the article does not tell: no event. The
 * civilians a mosque or a market names are no side it is pinned on ("the bombing of the mosque").
 */
function pointsAtSomething(e: EventRecord): boolean {
  const named = [e.actor1, e.actor2, e.claimed_by].some(
    (a) => a?.entity_id && a.entity_id !== CIVILIANS.entity_id,
  );
  return hasTown(e) || e.date !== null || e.fatalities !== null || e.injuries !== null || named;
}

const COUNTRY_WIDE = new Set(['Strategic developments']);

/** Arrests and truces, and an earlier incident the text recalls (by the victims' nationality, say). */
function countryWide(e: EventRecord): boolean {
  return COUNTRY_WIDE.has(e.event_type?.value ?? '') || e.timing?.value === 'historical';
}

/**
 * "A gas attack on Tuesday left 80 villagers dead", "tanks shelled a village in the north on Monday,
 * wounding four fighters", "the raids followed a bombing that killed 12": an incident the text dates to its
 * own day and counts the dead or the wounded of, or tells with its toll as its outcome, is news of its own,
 * wherever it happened — unless the article places an incident of its kind (then it is most often that
 * incident's summary, told before its town).
 */
function toldApart(e: EventRecord, towned: Placed[], text: string): boolean {
  const counted = e.fatalities !== null || e.injuries !== null;
  const dated = e.date?.precision === 'day' && e.date.spans.length > 0 && counted;
  const own = dated || tollAsOutcome(e, text);
  const sub = e.sub_event_type?.value;
  return own && !towned.some((item) => item.event.sub_event_type?.value === sub);
}

/**
 * "A week after a deadly gas attack, …" and then "A gas attack on Tuesday left 80 villagers
 * dead": an incident named as background, with no day, toll or town of its own, is the one the article
 * tells as news with the same type, in the same country.
 */
function toldAgainLater(item: Placed, items: Placed[]): boolean {
  const e = item.event;
  if (e.timing?.value !== 'historical' || e.date || e.fatalities || e.injuries || hasTown(e)) return false;
  const sub = e.sub_event_type?.value;
  const country = e.location?.country;
  return items.some(
    (other) =>
      other !== item &&
      other.event.timing?.value !== 'historical' &&
      other.event.sub_event_type?.value === sub &&
      (!country || other.event.location?.country === country),
  );
}

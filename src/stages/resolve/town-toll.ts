import type { EventRecord } from '../../core/records.js';
import { datesAgree } from './incident-facts.js';
import { isViolent, LOOTING } from './incident-kinds.js';
import { absorb, type Placed } from './incident-merger.js';

/**
 * "Gunmen attacked the consulate in Khorramshahr. One guard was killed.", "A bomb went off near a patrol in
 * Baqubah. The attack killed a policeman.": a toll told without a town, in the sentence of a town's
 * incident that has no toll of its own or the sentence after it, is that incident's toll — not background,
 * which is what `stays` (the article's filter for tellings it cannot place) would take it for. A telling
 * the filter keeps, a recalled one, one told as another incident, or one two sentences on stays as it is.
 *
 * @example tollsOfTownIncidents(kept, stays) // one event at Khorramshahr with 1 killed, where there were two
 */
export function tollsOfTownIncidents(items: Placed[], stays: (item: Placed) => boolean): Placed[] {
  const gone = new Set<Placed>();
  for (const item of items) {
    if (stays(item) || !counted(item.event) || item.separate || historical(item)) continue;
    const host = items.find((other) => !gone.has(other) && hostOf(other, item) && beside(other, item));
    if (!host) continue;
    absorb(host, item);
    gone.add(item);
  }
  return items.filter((item) => !gone.has(item));
}

/**
 * A town's violent incident (or its arson, looting) with no count of its own that the toll may complete; a
 * toll placed in another country ("502 killed in Russian bombings") is not that town's, unless that country
 * is only the victims' nationality ("One American was killed").
 */
function hostOf(host: Placed, item: Placed): boolean {
  const e = host.event;
  return (
    host !== item &&
    e.location !== null &&
    e.location.precision !== 'country' &&
    !historical(host) &&
    !counted(e) &&
    (isViolent(e) || e.sub_event_type?.value === LOOTING) &&
    ((item.event.location?.country ?? e.location.country) === e.location.country ||
      victimsNationality(item)) &&
    datesAgree(e.date?.value, item.event.date?.value)
  );
}

/**
 * The toll is told in the host's last sentence or the next, or just before "the attack" that names its
 * town ("A bomb killed a policeman. The attack happened in Tikrit.").
 */
function beside(host: Placed, item: Placed): boolean {
  const after = item.first - host.last;
  return (after >= 0 && after <= 1) || (host.anaphoric && host.first - item.last === 1);
}

/** Its place is a nationality word in or right after the words of its toll ("Seven Iraqis were killed"). */
function victimsNationality(item: Placed): boolean {
  const at = item.event.location?.spans[0]?.[0];
  const toll = [...(item.event.fatalities?.spans ?? []), ...(item.event.injuries?.spans ?? [])];
  return item.nationalityPlace === true && at !== undefined && toll.some(([a, b]) => a <= at && at <= b + 1);
}

const counted = (e: EventRecord): boolean => e.fatalities !== null || e.injuries !== null;
const historical = (p: Placed): boolean => p.event.timing?.value === 'historical';

import type { EventRecord } from '../../core/records.js';
import { uniqueSpans } from '../../core/span.js';
import { datesAgree } from './incident-facts.js';
import { isViolent, LOOTING } from './incident-kinds.js';
import { absorb } from './incident-absorb.js';
import { groupBesideAirStrike } from './group-beside-air-strike.js';
import type { Placed } from './placed.js';
import { near } from './place-relations.js';

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
    if (stays(item) || !counted(item.event) || item.separate || item.several || historical(item)) continue;
    const host = items.find(
      (other) =>
        !gone.has(other) && ((hostOf(other, item) && beside(other, item)) || leadOf(other, item, items)),
    );
    if (!host) continue;
    absorb(host, item);
    gone.add(item);
  }
  return foldRollUps(items.filter((item) => !gone.has(item)));
}

/**
 * "12 militants and 5 civilians were killed in North Sinai yesterday" over "a shell hit a house south of
 * Sheikh Zuweid, killing five" the same day: a province's (or an unplaced) toll that the day's incidents at
 * towns inside it count in full, alone or together, is those incidents told in sum, not one of its own.
 * Its words join the one it counts (or the first), which keeps its own telling: the sum's sides and kind
 * are those of all of them.
 *
 * @example foldRollUps(items) // the shelling alone, where the province's toll stood beside it
 */
function foldRollUps(items: Placed[]): Placed[] {
  const gone = new Set<Placed>();
  for (const item of items) {
    if (!rollUp(item)) continue;
    const parts = items.filter((other) => !gone.has(other) && partOf(other, item));
    const total = parts.reduce((sum, p) => sum + killed(p), 0);
    const part =
      parts.find((p) => killed(p) === killed(item)) ?? (total === killed(item) ? parts[0] : undefined);
    if (!part) continue;
    part.event.evidence = uniqueSpans([...part.event.evidence, ...item.event.evidence]);
    gone.add(item);
  }
  return items.filter((item) => !gone.has(item));
}

/** A violent toll of the day told at a province, a country or nowhere. */
function rollUp(item: Placed): boolean {
  const e = item.event;
  return (
    (e.location === null || e.location.precision !== 'town') &&
    e.fatalities !== null &&
    e.date?.precision === 'day' &&
    isViolent(e) &&
    !item.separate &&
    !historical(item)
  );
}

/** An incident told later, at a town inside the roll-up's place, on its day, with a toll of its own. */
function partOf(part: Placed, rollUp: Placed): boolean {
  const [e, r] = [part.event, rollUp.event];
  const inside = !r.location || r.location.precision === 'country' || near(r.location, e.location);
  return (
    part.first > rollUp.last &&
    e.location?.precision === 'town' &&
    (!r.location || r.location.country === e.location.country) &&
    inside &&
    e.fatalities !== null &&
    e.date?.value === r.date?.value &&
    isViolent(e) &&
    !historical(part)
  );
}

/**
 * A town's violent incident (or its arson, looting) with no count of its own, or none of the kind a violent
 * act's toll gives ("30 died in air raids on Homs. The monitor said 90 more were hurt"), that the toll may
 * complete; a toll placed in another country ("502 killed in Russian bombings") is not that town's, unless
 * that country is only the victims' nationality ("One American was killed"). For the article's `lead` (see
 * `leadOf`), a host that counts too must count alike, and the lead's report day stands for no day.
 */
function hostOf(host: Placed, item: Placed, lead = false): boolean {
  const e = host.event;
  return (
    host !== item &&
    !groupBesideAirStrike(host, item) &&
    e.location !== null &&
    e.location.precision !== 'country' &&
    !historical(host) &&
    (lead ? countsAgree(e, item.event) : tollCompletes(e, item.event)) &&
    (isViolent(e) || e.sub_event_type?.value === LOOTING) &&
    ((item.event.location?.country ?? e.location.country) === e.location.country ||
      victimsNationality(item)) &&
    // A lead dated only by the day its source spoke ("the authorities said today") names no day of its own.
    (datesAgree(e.date?.value, item.event.date?.value) || (lead && item.reportDay === true))
  );
}

/** The host counts nothing, or not the fate the violent toll counts (see `hostOf`). */
const tollCompletes = (host: EventRecord, toll: EventRecord): boolean =>
  !counted(host) || (isViolent(toll) && !countedAlike(host, toll));

/**
 * «قتل مسلحان وأصيب خمسة في مواجهات شمال البلاد، بحسب الشرطة اليوم. وأصيب خمسة أشخاص في تبادل لإطلاق النار
 * ليل الأحد قرب بلدة ستريلساو», "Two died and five were hurt in clashes in the north, police said today. Five
 * people were hurt in an exchange of fire near Strelsau overnight": the article's lead, told before any other
 * incident and at no town, sums up the incident of its kind that the very next sentence places. Its toll is
 * that incident's; a count both give must agree, or they are two incidents.
 */
function leadOf(host: Placed, item: Placed, items: Placed[]): boolean {
  return (
    host.first - item.last === 1 &&
    items.every((other) => other.first >= item.first) &&
    host.event.sub_event_type?.value === item.event.sub_event_type?.value &&
    hostOf(host, item, true)
  );
}

/** Every fate both count, they count alike: the same incident told twice. */
const countsAgree = (a: EventRecord, b: EventRecord): boolean =>
  (['fatalities', 'injuries'] as const).every((f) => !a[f] || !b[f] || a[f].value === b[f].value);

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

const killed = (p: Placed): number => p.event.fatalities?.value ?? 0;
const counted = (e: EventRecord): boolean => e.fatalities !== null || e.injuries !== null;
/** Both count the dead, or both the hurt: two tolls of one kind are two incidents' (or a sum's). */
const countedAlike = (a: EventRecord, b: EventRecord): boolean =>
  (a.fatalities !== null && b.fatalities !== null) || (a.injuries !== null && b.injuries !== null);
const historical = (p: Placed): boolean => p.event.timing?.value === 'historical';

// "the city" of a telling that names no town: the town a report is filed from, or the one told last.
import type { EventRecord, PlaceRef } from '../../core/records.js';
import { placeWith } from '../../core/place-ref.js';
import { hasTown, type Placed } from './placed.js';
import { regionNamedAside } from './region-aside.js';

/** "in parts of the city": the town a local report is filed from. */
const THE_CITY = /\b(?:of|in|across|against|on|over|at) the city\b/i;
const CROWD = new Set(['Riots', 'Protests']);

/**
 * "A bomb was defused in Kirkuk. Elsewhere in the city, gunmen killed three policemen.": "the city" of a
 * telling the clause places nowhere else is the town told last before it. A telling that neither dates nor
 * counts anything ("terrorists regularly shell the city") is background, and stays unplaced.
 *
 * @example placeInTheCity(placed, text) // the gunmen's telling now at Kirkuk
 */
export function placeInTheCity(placed: Placed[], text: string): void {
  const towns: PlaceRef[] = [];
  for (const { event } of placed) {
    const town = towns.at(-1);
    const anchored = event.date !== null || event.fatalities !== null || event.injuries !== null;
    if (!hasTown(event) && anchored && town && saysTheCity(event, text))
      event.location = placeWith(town, town.country, [...town.spans]);
    if (event.location?.precision === 'town') towns.push(event.location);
  }
}

/**
 * In a report filed from a town (its dateline's), an incident placed no finer than that town's country is
 * the town's when it is a crowd the clause does not place (a current protest or riot), or when its sentence
 * speaks of "the city" ("a grenade went off in one part of the city"). A protest placed only at a region its
 * telling names aside ("protesting against the killings in gujarat") is still unplaced.
 *
 * @example placeAtDatelineTown(merged, datelineTown, text) // an unplaced current protest now at the town
 */
export function placeAtDatelineTown(merged: readonly Placed[], datelineTown: PlaceRef, text: string): void {
  for (const { event } of merged) {
    const crowd = CROWD.has(event.event_type?.value ?? '') && event.timing?.value !== 'historical';
    // Only a protest: a riot told as "the violence in gujarat" in a report from elsewhere is Gujarat's.
    const protest = event.event_type?.value === 'Protests';
    if (hasTown(event) && !(protest && crowd && regionNamedAside(event.location, text))) continue;
    const sameCountry = !event.location || event.location.country === datelineTown.country;
    if (sameCountry && (crowd || saysTheCity(event, text))) event.location = datelineTown;
  }
}

/**
 * Whether a sentence telling `event` speaks of "the city" (THE_CITY): asked last, of an event a town may
 * still place, as the pattern runs over each of its sentences.
 */
function saysTheCity(event: EventRecord, text: string): boolean {
  return event.evidence.some((s) => THE_CITY.test(text.slice(s[0], s[1])));
}

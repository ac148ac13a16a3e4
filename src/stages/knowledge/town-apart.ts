// "a clerk from Tikrit in western Mosul": a town named after another with only "in" between most often says
// where the first lies ("a farmer from Musayyib in Babil"), but a town far off cannot hold the first
// one: it is where the incident was. named-elsewhere.ts then weighs the first name as told elsewhere.
import { distanceKm } from '../../core/great-circle.js';
import type { Entity } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';

/** "in", "in west": the whole gap between the two names. */
const IN_GAP = /^\s*in\s+(?:(?:north|south|east|west|central)\w*\s+)?$/i;
/** How far (km) a town lies from the one named after "in" to be no part of it: beyond a suburb's reach. */
const APART_KM = 25;
/** "in Doda district": the later name is the area's, which may hold a town far from its seat. */
const AREA_NOUN_AFTER =
  /^\s+(?:district|province|governorate|department|division|county|region|state|tehsil)\b/i;

/**
 * Whether only "in" stands between `match` and `later`, and `later` names a town (or its namesake province) far
 * from every town `match` may name and apart from the places around it (`around`), so that it cannot be where
 * `match` lies — as a province can ("a farmer from Musayyib in Babil"), a district ("in Doda district") or a
 * town next to it (a hamlet told in the seat of its district, a few kilometres off).
 *
 * @example townApartAfterIn(text, tikrit, mosul, around) // true in "a clerk from Tikrit in western Mosul"
 */
export function townApartAfterIn(
  text: string,
  match: NameMatch,
  later: NameMatch,
  around: ReadonlySet<string>,
): boolean {
  if (!IN_GAP.test(text.slice(match.span[1], later.span[0]))) return false;
  if (AREA_NOUN_AFTER.test(text.slice(later.span[1], later.span[1] + 16))) return false;
  const places = later.senses.filter((s) => PLACE_KINDS.has(s.entity.kind) && s.via !== 'demonym');
  const towns = match.senses.filter((s) => s.entity.kind === 'city').map((s) => s.entity);
  return (
    places.every(
      (s) => !around.has(s.entity.id) && (s.entity.kind === 'city' || s.entity.kind === 'region'),
    ) && places.some((s) => s.entity.kind === 'city' && towns.every((t) => farApart(t, s.entity)))
  );
}

function farApart(a: Entity, b: Entity): boolean {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
  return distanceKm(a.lat, a.lon, b.lat, b.lon) > APART_KM;
}

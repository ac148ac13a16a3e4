import { distanceKm } from '../../core/great-circle.js';
import { samePlace } from '../../core/place-ref.js';
import type { PlaceRef } from '../../core/records.js';

/**
 * How two places an incident is told at relate: the same, different, or not to be told apart (a country
 * agrees with any town in it). Two named districts of one city differ.
 *
 * @example placesAgree(aleppo, idlib) // 'differ'
 */
export function placesAgree(a: PlaceRef | null, b: PlaceRef | null): 'same' | 'differ' | 'unknown' {
  if (!a || !b) return 'unknown';
  if (a.country && b.country && a.country !== b.country) return 'differ';
  if (a.precision === 'country' || b.precision === 'country') return 'unknown';
  // «في منطقة الكرادة وسط بغداد» and «في منطقة الدورة»: two quarters of one city are two places.
  if (a.district && b.district && a.district.entity_id !== b.district.entity_id) return 'differ';
  return samePlace(a, b) || a.name === b.name ? 'same' : 'differ';
}

/**
 * "Sindhia province" and "in Sindhia": a province and its seat, one name in one country, or the seat of a province
 * an incident was first told at before a finer town of it took over (`provincesTold`, lower-cased). Either
 * may tell the other's incident.
 *
 * @example provinceOrSeat(sindhiaProvince, sindhiaTown) === true
 */
export function provinceOrSeat(a: PlaceRef, b: PlaceRef, provincesTold: readonly string[] = []): boolean {
  if (a.country !== b.country) return false;
  const [region, town] = a.precision === 'region' ? [a, b] : [b, a];
  const seat = region.precision === 'region' && town.precision === 'town';
  if (seat && region.name.toLowerCase() === town.name.toLowerCase()) return true;
  return [a, b].some((p) => p.precision === 'town' && provincesTold.includes(p.name.toLowerCase()));
}

/** Kilometres within which a town can lie in the region a text names with it. */
const REGION_RADIUS_KM = 120;

/**
 * Both places have coordinates and lie within a region's reach of each other.
 *
 * @example near(silopi, sirnak) === true
 */
export function near(a: PlaceRef | null, b: PlaceRef | null): boolean {
  if (a?.lat == null || a.lon == null || b?.lat == null || b.lon == null) return false;
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= REGION_RADIUS_KM;
}

/** Coarsest first: a merge keeps the town over the province over the country. */
const PRECISION_RANK: PlaceRef['precision'][] = ['country', 'region'];

/**
 * A place more precise than another in the same country ("أبها" over "منطقة عسير").
 *
 * @example finer(abha, asirRegion) === true
 */
export function finer(b: PlaceRef, a: PlaceRef): boolean {
  const rank = (p: PlaceRef) => {
    const i = PRECISION_RANK.indexOf(p.precision);
    return i < 0 ? PRECISION_RANK.length : i;
  };
  return rank(b) > rank(a) && (a.country === null || a.country === b.country);
}

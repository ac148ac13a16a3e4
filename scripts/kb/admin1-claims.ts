import { distanceKm } from '../../src/core/great-circle.js';
import type { SourceCity } from './gazetteer-source.js';

/** A region of the base with its typed centre. */
export interface RegionPoint {
  id: string;
  country: string;
  lat: number;
  lon: number;
}

/** A region and the GeoNames first-level division (`CN.13`) it is, with how that was found. */
export interface Admin1Claim {
  id: string;
  admin1: string;
  basis: string;
}

/** How many of the gazetteer's towns nearest a region's centre vote on its division. */
const VOTERS = 7;
/** Towns farther than this from the centre do not vote: a sparse region's centre has few neighbours. */
const VOTER_REACH_KM = 150;
/** At least this many votes, and this share of them, for one division. */
const MIN_VOTES = 4;
const MIN_SHARE = 0.7;

/**
 * The GeoNames first-level division (country code, then its admin1 code) behind each region of the base, so a
 * worldwide town, which the gazetteer files under such a code, can be placed in its region.
 *
 * `fixed` are the regions whose code the hand tables type (scripts/kb/regions/<cc>.tsv). Every other region
 * takes the division most of the gazetteer's towns nearest its typed centre are filed under. Several regions
 * voting for one division are a region and areas inside it ("Assam" and its district "Cachar"), or regions finer
 * than the gazetteer's division (the Philippines' provinces within its regions): the division goes to the one
 * the base files far more towns under (`members`, by region id), and to none when no region stands out, since a
 * town of it cannot be told to be in either. Areas no division matches (a coast, a desert, a region across
 * borders) take none.
 *
 * @example
 * admin1Claims([], [{ id: 'region:cn:xinjiang', country: 'CN', lat: 41.5, lon: 85 }], cities)[0].admin1; // 'CN.13'
 */
export function admin1Claims(
  fixed: readonly Admin1Claim[],
  regions: readonly RegionPoint[],
  cities: readonly SourceCity[],
  members: ReadonlyMap<string, number>,
): Admin1Claim[] {
  const byCountry = new Map<string, SourceCity[]>();
  for (const city of cities) byCountry.set(city.country, [...(byCountry.get(city.country) ?? []), city]);
  const fixedIds = new Set(fixed.map((claim) => claim.id));
  const taken = new Set(fixed.map((claim) => claim.admin1));
  const voted = regions
    .filter((region) => !fixedIds.has(region.id))
    .map((region) => votedDivision(region, byCountry.get(region.country) ?? []))
    .filter((claim): claim is Admin1Claim => claim !== null);
  const claimants = new Map<string, Admin1Claim[]>();
  for (const claim of voted) claimants.set(claim.admin1, [...(claimants.get(claim.admin1) ?? []), claim]);
  const won = [...claimants]
    .filter(([division]) => !taken.has(division))
    .map(([, claims]) => standout(claims, members))
    .filter((claim): claim is Admin1Claim => claim !== null);
  return [...fixed, ...won].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A region's towns must outnumber every other claimant's this many times over for it to stand out. */
const STANDOUT_FACTOR = 3;
const STANDOUT_MIN_MEMBERS = 3;

function standout(claims: readonly Admin1Claim[], members: ReadonlyMap<string, number>): Admin1Claim | null {
  if (claims.length === 1) return claims[0];
  const ranked = [...claims].sort((a, b) => (members.get(b.id) ?? 0) - (members.get(a.id) ?? 0));
  const first = members.get(ranked[0].id) ?? 0;
  const second = members.get(ranked[1].id) ?? 0;
  return first >= STANDOUT_MIN_MEMBERS && first >= STANDOUT_FACTOR * second ? ranked[0] : null;
}

function votedDivision(region: RegionPoint, towns: readonly SourceCity[]): Admin1Claim | null {
  const voters = towns
    .map((town) => ({
      town,
      km: distanceKm(region.lat, region.lon, town.loc.coordinates[1], town.loc.coordinates[0]),
    }))
    // Some of the gazetteer's towns are filed under no division ('' or '00').
    .filter((voter) => voter.km <= VOTER_REACH_KM && /^(?!00$)./.test(voter.town.adminCode))
    .sort((a, b) => a.km - b.km)
    .slice(0, VOTERS);
  const votes = new Map<string, number>();
  for (const { town } of voters) votes.set(town.adminCode, (votes.get(town.adminCode) ?? 0) + 1);
  const [code, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count < MIN_VOTES || count < MIN_SHARE * voters.length) return null;
  return {
    id: region.id,
    admin1: `${region.country}.${code}`,
    basis: `${count} of the ${voters.length} towns nearest its centre`,
  };
}

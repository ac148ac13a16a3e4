// A small town abroad met by a name the article's own country also has a town of.
import { SMALL_TOWN } from './country-evidence.js';
import type { Entity, NameSense } from './kb-types.js';
import { PLACE_KINDS, TOWN_KINDS } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';

/** Places of a country named this often make the article that country's. */
const NAMED_AGAIN = 2;

const isTown = (e: Entity): boolean => TOWN_KINDS.has(e.kind);

/**
 * "Firebombs hit a bank in San Miguel; in Quilmes and Mar del Plata shops burned": a small town ranked first
 * in a country no other name of the article lies in, while the article names places of one other country
 * again and again, and a town of the same name lies in that country, is that country's town. The base's own
 * towns rank over the worldwide gazetteer's, which is no reason to take a hamlet abroad over the town of the
 * country the article tells of. Places are counted by any name that lies in one country only, the
 * gazetteer's too, and not by a nationality. A big city is left to the ranking.
 *
 * @example namesakeOfArticle(ranked, ranked[0], sanMiguel, voters) // the Argentine San Miguel
 */
export function namesakeOfArticle<T extends { sense: NameSense }>(
  ranked: readonly T[],
  best: T,
  match: NameMatch,
  voters: readonly NameMatch[],
): T | undefined {
  const entity = best.sense.entity;
  if (!isTown(entity) || entity.country === null || (entity.population ?? 0) >= SMALL_TOWN) return undefined;
  const counts = votesOf(voters);
  if (placesOutside(counts, match.key, entity.country) > 0) return undefined;
  // The country named most often, and whether another is named as often: a tie names no country.
  let first: string | null = null;
  let most = 0;
  let tied = false;
  for (const country of counts.all.keys()) {
    const n = placesOutside(counts, match.key, country);
    if (n > most) [first, most, tied] = [country, n, false];
    else if (n === most) tied = true;
  }
  if (first === null || most < NAMED_AGAIN || tied) return undefined;
  const country = first;
  return ranked.find((r) => r !== best && isTown(r.sense.entity) && r.sense.entity.country === country);
}

/**
 * The places each country has among an article's voters, all of them and those of each name (`key`), and
 * the country each voter counts for. Every match of the article asks how many places a country has by
 * names other than its own: counted once an article and taken apart by name, where counting the voters
 * again for each match made a set per voter per match (a sixtieth of what the whole pipeline allocated).
 */
interface VoterCounts {
  voters: readonly NameMatch[];
  /** How long `voters` was when counted: a list grown since is counted again. */
  length: number;
  all: Map<string, number>;
  byKey: Map<string, Map<string, number>>;
  countryOf: Map<NameMatch, string | null>;
}

/** The counts of the voters asked about last: the matches of one article are chosen one after another. */
let lastCounts: VoterCounts | undefined;

function votesOf(voters: readonly NameMatch[]): VoterCounts {
  if (lastCounts?.voters === voters && lastCounts.length === voters.length) return lastCounts;
  const all = new Map<string, number>();
  const byKey = new Map<string, Map<string, number>>();
  const countryOf = new Map<NameMatch, string | null>();
  for (const v of voters) {
    const country = placeCountry(v);
    countryOf.set(v, country);
    if (country === null) continue;
    all.set(country, (all.get(country) ?? 0) + 1);
    let own = byKey.get(v.key);
    if (own === undefined) byKey.set(v.key, (own = new Map()));
    own.set(country, (own.get(country) ?? 0) + 1);
  }
  return (lastCounts = { voters, length: voters.length, all, byKey, countryOf });
}

/** How many places `country` has among the counted voters named otherwise than `key`. */
function placesOutside(counts: VoterCounts, key: string, country: string): number {
  return (counts.all.get(country) ?? 0) - (counts.byKey.get(key)?.get(country) ?? 0);
}

/** The one country a name of places lies in, all its senses there; null for a nationality or any other. */
function placeCountry(m: NameMatch): string | null {
  if (m.senses.some((s) => s.via === 'demonym' || !PLACE_KINDS.has(s.entity.kind))) return null;
  const countries = new Set(m.senses.map((s) => s.entity.country));
  const [country] = countries;
  return countries.size === 1 && country ? country : null;
}

/** How many names of places each country has among `matches`, a name counted when all its senses lie there. */
function placesByCountry(
  matches: readonly NameMatch[],
  countryOf: ReadonlyMap<NameMatch, string | null>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of matches) {
    const country = countryOf.has(m) ? countryOf.get(m)! : placeCountry(m);
    if (country !== null) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/** How far below the first a namesake may rank and still be taken for the one its sentence's places back. */
const NEIGHBOUR_GAP = 0.4;

/**
 * "A mayor of San Rafael was shot near the Lempa river": a town ranked first in a country the article names no
 * other place of, while another place of its sentence — even a gazetteer river or hamlet, too small to vote on
 * its own — lies in one other country, where a town of the same name ranks close behind, is that town. Two
 * names that each could lie anywhere agree on the country they share.
 *
 * @example namesakeOfSentence(ranked, ranked[0], sanRafael, sentenceVoters, voters) // El Salvador's San Rafael
 */
export function namesakeOfSentence<T extends { sense: NameSense; value: number }>(
  ranked: readonly T[],
  best: T,
  match: NameMatch,
  sentence: readonly NameMatch[],
  voters: readonly NameMatch[],
): T | undefined {
  const entity = best.sense.entity;
  if (!isTown(entity) || entity.country === null) return undefined;
  const counts = votesOf(voters);
  if (placesOutside(counts, match.key, entity.country) > 0) return undefined;
  const others = sentence.filter((v) => v.key !== match.key);
  const neighbours = [...placesByCountry(others, counts.countryOf).keys()];
  if (neighbours.length !== 1) return undefined;
  return ranked.find(
    (r) =>
      r !== best &&
      isTown(r.sense.entity) &&
      r.sense.entity.country === neighbours[0] &&
      best.value - r.value <= NEIGHBOUR_GAP,
  );
}

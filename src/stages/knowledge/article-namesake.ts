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
  const places = placesByCountry(voters.filter((v) => v.key !== match.key));
  if ((places.get(entity.country) ?? 0) > 0) return undefined;
  const [first, second] = [...places.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < NAMED_AGAIN || (second?.[1] ?? 0) >= first[1]) return undefined;
  return ranked.find((r) => r !== best && isTown(r.sense.entity) && r.sense.entity.country === first[0]);
}

/** How many names of places each country has among `matches`, a name counted when all its senses lie there. */
function placesByCountry(matches: readonly NameMatch[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of matches) {
    if (m.senses.some((s) => s.via === 'demonym' || !PLACE_KINDS.has(s.entity.kind))) continue;
    const countries = new Set(m.senses.map((s) => s.entity.country));
    const [country] = countries;
    if (countries.size === 1 && country) counts.set(country, (counts.get(country) ?? 0) + 1);
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
  const others = (ms: readonly NameMatch[]) => ms.filter((v) => v.key !== match.key);
  if ((placesByCountry(others(voters)).get(entity.country) ?? 0) > 0) return undefined;
  const neighbours = [...placesByCountry(others(sentence)).keys()];
  if (neighbours.length !== 1) return undefined;
  return ranked.find(
    (r) =>
      r !== best &&
      isTown(r.sense.entity) &&
      r.sense.entity.country === neighbours[0] &&
      best.value - r.value <= NEIGHBOUR_GAP,
  );
}

import { actorEq, countryOf, dateOf, datesCompatible, numberOf, placeEq, scalar } from './field-matchers.js';

/** An event as JSON: a gold record (scalars) or a marsad record (objects with value/name). */
export type EventJson = Record<string, unknown>;

const typeOf = (e: EventJson) => scalar(e.event_type);

/** Strict: same country and event type, and the same place unless gold gives only the country. */
export function strictMatch(g: EventJson, p: EventJson): boolean {
  return (
    countryOf(g) === countryOf(p) &&
    typeOf(g) === typeOf(p) &&
    (!g.location || placeEq(g.location, p.location))
  );
}

/** Lenient: same country, and either the same place or the same event type. */
export function lenientMatch(g: EventJson, p: EventJson): boolean {
  return (
    countryOf(g) === countryOf(p) &&
    ((!!g.location && placeEq(g.location, p.location)) || typeOf(g) === typeOf(p))
  );
}

/** How well a candidate pair agrees, to pick among several admissible pairings. */
export function pairScore(g: EventJson, p: EventJson): number {
  if (countryOf(g) !== countryOf(p)) return 0;
  let s = 1;
  if (typeOf(g) === typeOf(p)) s += 2;
  if (g.location && p.location && placeEq(g.location, p.location)) s += 2;
  else if (g.location && p.location) s -= 0.5;
  if (datesCompatible(dateOf(g.date), dateOf(p.date))) s += 0.5;
  if (g.actor1 && actorEq(g.actor1, p.actor1)) s += 0.5;
  const gf = numberOf(g.fatalities);
  if (gf !== null && gf === numberOf(p.fatalities)) s += 0.5;
  return s;
}

/**
 * One-to-one pairing of gold and predicted events of an article: every admissible pair is ranked by
 * `pairScore` (ties keep gold order, then prediction order) and taken greedily.
 *
 * @example matchEvents(gold, pred, strictMatch).length // matched pairs
 */
export function matchEvents(
  gold: EventJson[],
  pred: EventJson[],
  admissible: (g: EventJson, p: EventJson) => boolean,
): [EventJson, EventJson][] {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, i) =>
    pred.forEach((p, j) => {
      if (admissible(g, p)) candidates.push([pairScore(g, p), i, j]);
    }),
  );
  candidates.sort((x, y) => y[0] - x[0]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: [EventJson, EventJson][] = [];
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    pairs.push([gold[i], pred[j]]);
  }
  return pairs;
}

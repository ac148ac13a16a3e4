import type { Mention } from '../../core/records.js';

/** "all of the province, including the city of X": a town named as a part of the region, not the place. */
const INCLUDING =
  /\b(?:including|among them|such as)\b|(?:^|\s)(?:بما فيها|بما فيه|بما في ذلك|ومنها|منها|مثل)(?:\s|$)/i;
/** "Pittsburgh, Pennsylvania": a town named with its region right after it. */
const REGION_AFTER = /^\s*,\s*$/;

/**
 * "in Navarre … at a bank in Pamplona", "Assam state's chief in Guwahati": a region the clause names together
 * with a town of that region (by the knowledge base's first-level region) is placed more precisely by the
 * town. `rank` gives a town's cost, or null when the clause does not put the incident there; `qualified` is
 * true when the region is named right after the town ("X, Y").
 *
 * @example townInRegion(navarre, places, text, rank).name // 'Pamplona'
 */
export function townInRegion(
  head: Mention,
  places: readonly Mention[],
  text: string,
  rank: (town: Mention, qualified: boolean) => number | null,
): Mention {
  const region = head.place;
  if (region?.precision !== 'region' || !region.admin1) return head;
  let best: Mention | undefined;
  let bestCost = Infinity;
  for (const m of places) {
    const where = m.place;
    if (where?.precision !== 'town' || where.country !== region.country || where.admin1 !== region.admin1)
      continue;
    const between = text.slice(Math.min(m.span[1], head.span[1]), Math.max(m.span[0], head.span[0]));
    if (INCLUDING.test(between)) continue;
    const qualified = head.span[0] > m.span[1] && REGION_AFTER.test(text.slice(m.span[1], head.span[0]));
    const cost = rank(m, qualified);
    if (cost !== null && cost < bestCost) [best, bestCost] = [m, cost];
  }
  return best ?? head;
}

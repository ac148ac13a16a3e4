// A lead that sums the tolls of the incidents told after it, town by town: a round-up, not one of them.
import type { Document, EventRecord, Quantity } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { townName, type Placed } from './placed.js';

/** Towns a lead's toll must be shared among to be their sum. */
const SHARED_BY = 2;

/** The clause's words for a counted group, by the noun the quantity reader gives its count. */
const GROUP_WORDS: Record<string, RegExp> = {
  militants: /\b(?:militants?|jihadists?|fighters?|insurgents?|rebels?|extremists?|gunmen|terrorists?)\b/i,
  civilians: /\b(?:civilians?|residents|villagers)\b/i,
  soldiers: /\b(?:soldiers?|troops)\b/i,
  police: /\b(?:police(?:m[ae]n)?)\b/i,
};

/**
 * "Raids kill 12 fighters, 4 civilians" over "In Rampur, strikes killed 12 fighters. In Lakhpur, raids killed four
 * civilians": a mention left at its country (or unplaced) whose dead are the sum of the dead of incidents placed
 * in two towns or more of its country, or whose counted groups those towns' own clauses share out ("the fighters
 * were killed in Rampur and the civilians died in Lakhpur"), is their round-up. Kept, it merges with one of
 * them and lays the whole toll on that town; dropped, each town keeps its own dead — given from the round-up's
 * groups when its clause names only the group.
 *
 * @example withoutSummedLeads(items, doc) // without the "Raids kill 12 fighters, 4 civilians" mention
 */
export function withoutSummedLeads(items: Placed[], doc: Document): Placed[] {
  const rounded = new Set<Placed>();
  for (const lead of items) {
    const toll = lead.event.fatalities?.value;
    if (townName(lead) !== null || !toll) continue;
    const country = lead.event.location?.country;
    const towned = items.filter(
      (item) => townName(item) !== null && (!country || item.event.location?.country === country),
    );
    if (sumOfTowns(towned) === toll || shareOutGroups(lead.event, towned, doc)) rounded.add(lead);
  }
  return rounded.size === 0 ? items : items.filter((item) => !rounded.has(item));
}

/** The dead of the towns' incidents summed, each town's most told once; null under two tolled towns. */
function sumOfTowns(towned: Placed[]): number | null {
  const dead = new Map<string, number>();
  for (const item of towned) {
    const value = item.event.fatalities?.value;
    const name = townName(item);
    if (value && name) dead.set(name, Math.max(dead.get(name) ?? 0, value));
  }
  return dead.size < SHARED_BY ? null : [...dead.values()].reduce((a, b) => a + b, 0);
}

/**
 * "… killed 14 militants and 5 civilians" then one sentence "the militants died in Rampur and the civilians in
 * Lakhpur": the lead's toll counts two groups or more, summing to it, and towns named in one sentence each tell
 * one of the groups in their own clause (the words from the town before). Each such incident, uncounted, is
 * given its group's count; true when every group found its town.
 */
function shareOutGroups(lead: EventRecord, towned: Placed[], doc: Document): boolean {
  const text = doc.text ?? '';
  const groups = countedGroups(lead, doc.quantities ?? []);
  if (groups.length < SHARED_BY) return false;
  const uncounted = towned.filter((item) => !item.event.fatalities && !item.event.injuries);
  const sentence = uncounted[0]?.event.evidence[0];
  const told = uncounted.filter((item) => item.event.evidence[0]?.[0] === sentence?.[0]);
  if (!sentence || new Set(told.map(townName)).size < SHARED_BY) return false;
  const spans = told.map((item) => item.event.location!.spans.find((s) => within(s, sentence)));
  if (spans.some((s) => s === undefined)) return false;
  const claims = told.map((_, k) => {
    const clause = text.slice(k === 0 ? sentence[0] : spans[k - 1]![1], spans[k]![0]);
    return groups.filter((g) => GROUP_WORDS[g.noun!]!.test(clause));
  });
  if (claims.some((c) => c.length !== 1) || new Set(claims.map((c) => c[0])).size !== groups.length)
    return false;
  told.forEach((item, k) => {
    const group = claims[k][0];
    item.event.fatalities = {
      value: group.value!,
      qualifier: group.qualifier,
      spans: [group.span, ...(group.nounSpan ? [group.nounSpan] : [])],
    };
  });
  return true;
}

/** The lead's counted groups of one known noun each, inside its toll's words, when they sum to the toll. */
function countedGroups(lead: EventRecord, quantities: readonly Quantity[]): Quantity[] {
  const spans = lead.fatalities?.spans ?? [];
  if (spans.length === 0) return [];
  const words: Span = [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
  const groups = quantities.filter(
    (q) => within(q.span, words) && q.value && q.noun && GROUP_WORDS[q.noun] && q.role !== 'injured',
  );
  const nouns = new Set(groups.map((q) => q.noun));
  const sum = groups.reduce((a, q) => a + q.value!, 0);
  return nouns.size === groups.length && sum === lead.fatalities?.value ? groups : [];
}

const within = (inner: Span, outer: Span) => outer[0] <= inner[0] && inner[1] <= outer[1];

/**
 * «بمقتل 12 مدنيا وإصابة 20 في مدينة X», then a bomb there that killed 5 and hurt 8 and a shelling nearby that
 * killed 7 and hurt 12: a lead whose dead (and wounded, when told) are exactly those of the next two or more
 * incidents the article tells after it, in more than one place, is their sum, not an incident of its own. One
 * incident told whole and then by its parts in one place stays whole. Asked once incidents are merged
 * (round-up-lead.ts), of a lead placed anywhere, even in one of the towns; `withoutSummedLeads` asks before
 * merging, of leads left at their country, which would otherwise merge into one town's incident.
 *
 * @example summedLater(lead, items) // true for a lead of 12 dead and 20 hurt followed by 5/8 and 7/12
 */
export function summedLater(item: Placed, items: Placed[]): boolean {
  const dead = item.event.fatalities?.value;
  if (dead === undefined) return false;
  const hurt = item.event.injuries?.value;
  const later = items.filter((o) => o !== item && o.first >= item.last).sort((a, b) => a.first - b.first);
  let [summedDead, summedHurt, count] = [0, 0, 0];
  const places = new Set<string>();
  for (const other of later) {
    const toll = other.event.fatalities?.value;
    if (toll === undefined || other.event.location?.country !== item.event.location?.country) return false;
    [summedDead, summedHurt, count] = [
      summedDead + toll,
      summedHurt + (other.event.injuries?.value ?? 0),
      count + 1,
    ];
    places.add(other.event.location?.name ?? '');
    if (summedDead >= dead) {
      const summed = summedDead === dead && (hurt === undefined || summedHurt === hurt);
      return summed && count >= SHARED_BY && places.size > 1;
    }
  }
  return false;
}

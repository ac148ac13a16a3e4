// A round-up's lead: the dead of several incidents summed under one toll across a province.
import type { Placed } from './placed.js';

/**
 * "بمقتل عشرة من داعش وثلاثة مدنيين في أعمال عنف بمحافظة نينوى", "في حوادث متفرقة", "in violence across
 * the province": words that gather several incidents under one toll (folded and unfolded Arabic alike).
 */
const GATHERING =
  /(?:^|\s)(?:في|خلال|جراء)\s+(?:اعمال|أعمال|احداث|أحداث|حوادث|هجمات)\s+(?:عنف|العنف|متفرقة|متفرقه|منفصلة|منفصله)(?=[\s.,،]|$)|\bin (?:separate |sporadic )?(?:violence|incidents|attacks) (?:across|throughout)\b/i;
/** How many other incidents the article must place in towns for the lead to be their summary. */
const SUMMED = 2;

/** The place of an event is no finer than a province. */
const coarse = (item: Placed) =>
  !item.event.location || ['region', 'country'].includes(item.event.location.precision);

/**
 * "أفادت مصادر بمقتل عشرة من داعش وثلاثة مدنيين في أعمال عنف بمحافظة نينوى", then an air strike near Mosul
 * and a shelling in Tal Afar: a lead that gathers its dead "in acts of violence"
 * at the province or the country, when the article goes on to place at least two incidents in towns of that
 * country, is their summary, not an incident of its own. ACLED counts each incident once, where it happened.
 *
 * @example withoutRoundUpLeads(items, text).length // items.length - 1 for the Nineveh round-up above
 */
export function withoutRoundUpLeads(items: Placed[], text: string): Placed[] {
  return items.filter((item) => {
    if (summedLater(item, items)) return false;
    if (!coarse(item)) return true;
    const gathers = item.event.evidence.some((s) => GATHERING.test(text.slice(s[0], s[1])));
    if (!gathers) return true;
    const country = item.event.location?.country;
    const towned = items.filter(
      (other) => other !== item && !coarse(other) && (!country || other.event.location?.country === country),
    );
    return towned.length < SUMMED;
  });
}

/**
 * «بمقتل 12 مدنيا وإصابة 20 في مدينة X», then a bomb there that killed 5 and hurt 8 and a shelling nearby that
 * killed 7 and hurt 12: a lead whose dead (and wounded, when told) are exactly those of the next two or more
 * incidents the article tells after it, in more than one place, is their sum, not an incident of its own. One
 * incident told whole and then by its parts in one place stays whole.
 *
 * @example summedLater(lead, items) // true for a lead of 12 dead and 20 hurt followed by 5/8 and 7/12
 */
function summedLater(item: Placed, items: Placed[]): boolean {
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
      return summed && count >= SUMMED && places.size > 1;
    }
  }
  return false;
}

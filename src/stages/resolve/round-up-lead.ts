// A round-up's lead: the dead of several incidents summed under one toll across a province.
import type { Placed } from './placed.js';
import { summedLater } from './summed-lead.js';

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

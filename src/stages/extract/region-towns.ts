import { distanceKm } from '../../core/great-circle.js';
import type { Mention } from '../../core/records.js';
import { IN_PART_OF, TOWN_IN_PROVINCE } from '../../core/text/part-of-words.js';
import type { Frame } from './frame-builder.js';
import { OWNERS_POSSESSIVE } from './place-asides.js';
import { tokenAt } from './sentence-view.js';

/** "all of the province, including the city of X": a town named as a part of the region, not the place. */
const INCLUDING =
  /\b(?:including|among them|such as)\b|(?:^|\s)(?:بما فيها|بما فيه|بما في ذلك|ومنها|منها|مثل)(?:\s|$)/i;
/** "Pittsburgh, Pennsylvania": a town named with its region right after it. */
const REGION_AFTER = /^\s*,\s*$/;

/**
 * "in Navarre … at a bank in Pamplona", "Assam state's chief in Guwahati": a region the clause names together
 * with a town of that region (by the knowledge base's first-level region; a town whose region the base does
 * not record may be of any region of the country, and the clause that puts the incident in it is trusted) is
 * placed more precisely by the town. `rank` gives a town's cost, or null when the clause does not put the
 * incident there; `qualified` is true when the region is named right after the town ("X, Y"), or the town is
 * named as the region's capital right after it ("the capital of Y Province, X", "the Y capital X"). A town named as the district
 * it heads ("In Rampur district, gunmen shot a man in Lakhpur") stands for that district.
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
  const district = region?.precision === 'town' && namedAsDistrict(head, text);
  if ((region?.precision !== 'region' && !district) || !region?.admin1) return head;
  let best: Mention | undefined;
  let bestCost = Infinity;
  for (const m of places) {
    const where = m.place;
    if (m === head || where?.precision !== 'town' || where.country !== region.country) continue;
    // "In Rampur district, gunmen killed a man from Lakhpur": within a district, only a town named after it
    // that the clause says the act was in, at or near ("In Lakhpur, an office in Rampur District" is finer).
    if (
      district &&
      (m.span[0] < head.span[1] ||
        namedAsDistrict(m, text) ||
        !SCENE_IN.test(text.slice(Math.max(0, m.span[0] - 30), m.span[0])))
    )
      continue;
    const between = text.slice(Math.min(m.span[1], head.span[1]), Math.max(m.span[0], head.span[0]));
    if (INCLUDING.test(between)) continue;
    // "the Sulawesi capital Makassar": the text itself puts its capital in the region, even one the base
    // records as wider than the town's own province (an island, a people's land).
    const seatAfter = m.span[0] > head.span[1] && SEAT_AFTER_REGION.test(between);
    // A town whose province the base does not record ("Barakaldo", "Miami") may lie in the region: the rank
    // still asks that the clause put the incident there.
    if (!seatAfter && where.admin1 && where.admin1 !== region.admin1) continue;
    const qualified =
      seatAfter ||
      (head.span[0] > m.span[1] && REGION_AFTER.test(between)) ||
      (m.span[0] > head.span[1] && capitalNamed(head, between, text));
    const cost = rank(m, qualified);
    if (cost !== null && cost < bestCost) [best, bestCost] = [m, cost];
  }
  return best ?? head;
}

/**
 * "the Helmand capital Lashkar Gah", "the Anbar provincial capital, Ramadi", "the Sulawesi capital of
 * Makassar": the words between a region and its seat named right after it.
 */
const SEAT_AFTER_REGION =
  /^\s+(?:(?:provincial|regional|state|district)\s+)?capital(?:\s+city)?(?:\s+of|\s*,)?\s+$/i;
/** "the capital of ", "the provincial capital of ": the words before a region whose seat is named next. */
const CAPITAL_OF = /\bcapital\s+of\s+(?:the\s+)?$/i;
/** "Ostmark Province, ", "Ostmark, ": what stands between that region and the seat named after it. */
const SEAT_NEXT = /^\s*(?:(?:province|governorate|state|region|district)\s*)?,\s*$/i;
/** "the capital of Ostmark Province, Tirin": the seat named after its region, which it places. */
const capitalNamed = (region: Mention, between: string, text: string) =>
  SEAT_NEXT.test(between) && CAPITAL_OF.test(text.slice(Math.max(0, region.span[0] - 30), region.span[0]));

const DISTRICT_AFTER = /^\s+(?:district|province|governorate)\b/i;
/** The same word ending the town's own name, when the base lists "Rampur District" among its names. */
const DISTRICT_ENDING = /\s(?:district|province|governorate)$/i;
/** "In Rampur district", "Rampur Province": a town's name given as that of the district it heads. */
const namedAsDistrict = (m: Mention, text: string) =>
  DISTRICT_AFTER.test(text.slice(m.span[1], m.span[1] + 12)) || DISTRICT_ENDING.test(text.slice(...m.span));
/** "in", "at Babapora in", "near the village of": words that put the act in the town named next. */
const SCENE_IN = /\b(?:in|at|near|inside|outside)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$/i;
/** "X District of", "X, in": a town's name followed straight by the province it lies in. */
const HOMONYM_GAP = /^\s*(?:town|city|village|district)?\s*(?:,|in|of)\s+(?:the\s+)?$/i;
/** "'s", " province's": a town's or its province's possessive before the part it owns. */
const POSSESSIVE_GAP = new RegExp(String.raw`^${OWNERS_POSSESSIVE}(?:\S+\s+){0,3}$`);
/** "X's Y district", "X's Y neighbourhood": the word that makes the place after a possessive a part of X. */
export const PART_NOUN_AFTER = /^\s+(?:district|area|neighbou?rhood|quarter|suburb|village|town|township)\b/i;
/**
 * "the Rampur District of Lakhpur Province", "Rampur district in Lakhpur": a district named for the town it
 * heads, put inside the province named next — finer than that province, so still the place.
 */
const DISTRICT_OF = /^\s+(?:sub-?)?district\s+(?:of|in)\s+(?:the\s+)?$/i;
/** Tokens between a town and the province named after it to say where the town lies. */
const QUALIFIER_GAP = 2;

/**
 * "بلدة الشيخ مسكين بمحافظة درعا", "Nad Ali in Helmand province": a province named right after a town of its
 * country says where the town lies; the town is the incident's place, even a little out of reach.
 */
export function qualifiedTown(ranked: Mention[], frame: Frame, places: Mention[], text: string): Mention {
  const best = ranked[0];
  // "the Patan District of Paktika Province": a province of another country names a namesake's country.
  const province = places.find((m) => m.span[0] >= best.span[1] && m.place?.precision === 'region');
  if (
    province &&
    province.place?.country !== best.place?.country &&
    HOMONYM_GAP.test(text.slice(best.span[1], province.span[0]))
  )
    return province;
  const owned = ownedPart(best, places, text);
  if (owned) return owned;
  const before = townBeforeSeat(best, places, text) ?? villageBefore(best, places, text);
  if (before) return before;
  // "in Rampur district": a town's name given as its district's is the province here.
  const district = namedAsDistrict(best, text);
  if (best.place?.precision !== 'region' && !district) return best;
  const view = frame.view;
  const at = tokenAt(view, best.span[0]);
  const earlier = places.filter(
    (m) =>
      m.place?.precision !== 'region' &&
      m.place?.precision !== 'country' &&
      m.place?.country === best.place?.country &&
      m.span[1] <= best.span[0] &&
      tokenAt(view, m.span[0]) >= frame.from,
  );
  const town = earlier.filter((m) => !namedAsDistrict(m, text)).at(-1);
  const near = town && at - tokenAt(view, town.span[1] - 1) - 1 <= QUALIFIER_GAP;
  if (town && (near || TOWN_IN_PROVINCE.test(text.slice(town.span[1], best.span[0])))) return town;
  // "the Rampur District of Lakhpur Province", when no town is put in that district: the district is finer —
  // unless brackets hold it, which only say where the place before them lies ("Tirin (Rampur district of …)").
  const head = earlier.at(-1);
  const bracketed = head && /\(\s*$/.test(text.slice(Math.max(0, head.span[0] - 2), head.span[0]));
  return head && !bracketed && DISTRICT_OF.test(text.slice(head.span[1], best.span[0])) ? head : best;
}

/**
 * The place a province or a town owns by its possessive, named right after it: "Kashmir's main city
 * Srinagar" (a province owning a town), "the Gaza Strip's Qatif Bloc" (a province owning a district of its
 * own), "Narathiwat's Tak Bai district", "Yala province's Raman district", "Baghdad's Jisr Diyala area" (a
 * province's seat named for its province, or a city, owning a district or a quarter of its own the text
 * calls one — "Mosul's Mansour neighbourhood" is not Baghdad's). Undefined when the name after the
 * possessive is no such part.
 *
 * @example ownedPart(narathiwat, places, "in Narathiwat's Sungai Padi district")?.name // 'Sungai Padi'
 */
export function ownedPart(best: Mention, places: readonly Mention[], text: string): Mention | undefined {
  const ownedBy = best.place?.precision;
  const admin1 = best.place?.admin1;
  // "Lakhpur Province's Tirin city": a district of the province's seat, owned by the province the text names
  // as one ("Lakhpur's Tirin area" may be the seat's own quarter) — or called a district itself: "Lakhpur's
  // Muang district", the seat's district that the province is run from.
  const provinceSaid = PROVINCE_OWNER.test(text.slice(best.span[0], best.span[1] + 10));
  const owned = places.find(
    (m) =>
      m.span[0] >= best.span[1] &&
      ((m.place?.precision === 'town' && !namesakeOfQuarter(best, m, text)) ||
        (ownedBy === 'town' &&
          m.place?.precision === 'district' &&
          m.place.city?.entity_id === best.entity_id) ||
        (ownedBy === 'region' &&
          m.place?.precision === 'district' &&
          (!m.place.city || provinceSaid || seatDistrict(best, m, text)) &&
          !!m.place.admin1 &&
          m.place.admin1 === admin1)),
  );
  const partOf =
    owned &&
    owned.place?.country === best.place?.country &&
    POSSESSIVE_GAP.test(text.slice(best.span[1], owned.span[0])) &&
    (ownedBy === 'region' ||
      (ownedBy === 'town' && PART_NOUN_AFTER.test(text.slice(owned.span[1], owned.span[1] + 16))));
  return partOf ? owned : undefined;
}

/** "Lakhpur's Muang district": a district the text calls one, of the seat town named like the province. */
const seatDistrict = (province: Mention, district: Mention, text: string): boolean =>
  district.place?.city?.name === province.name && namedAsDistrict(district, text);

/** "Lakhpur Province's", "the Lakhpur governorate's": a province named as one before its possessive. */
const PROVINCE_OWNER = /\s(?:province|governorate)['’]s\s/i;

/** How far from a town's point the parts it owns lie: a city's outer districts and suburbs, as suburb-town.ts. */
const PART_REACH_KM = 25;

/** "Tirin neighbourhood": the words after a name that call it a quarter, never a district or an area of a province. */
const QUARTER_NOUN_AFTER = /^\s+(?:neighbou?rhoods?|quarter|suburb)\b/i;

/**
 * "Lakhpur's Tirin neighbourhood", where the base knows Tirin only as a town of another province, or as a
 * town far out of Lakhpur that the text calls a quarter: a namesake of the quarter the town owns, not the
 * place. Only a quarter's noun says so of a far town: "Lakhpur's Tirin area" may be an area of the district
 * the town Lakhpur heads.
 *
 * @example namesakeOfQuarter(lakhpur, tirinOfAnotherProvince, text) // true
 */
export function namesakeOfQuarter(owner: Mention, town: Mention, text: string): boolean {
  const [from, to] = [owner.place, town.place];
  if (from?.precision !== 'town' || to?.precision !== 'town') return false;
  if (from.admin1 && to.admin1 && from.admin1 !== to.admin1) return true;
  return (
    QUARTER_NOUN_AFTER.test(text.slice(town.span[1], town.span[1] + 16)) &&
    from.lat != null &&
    from.lon != null &&
    to.lat != null &&
    to.lon != null &&
    distanceKm(from.lat, from.lon, to.lat, to.lon) > PART_REACH_KM
  );
}

/**
 * "al-Rastan in northern Homs", "Talbiseh in Homs": a province's seat shares the province's name, and a town
 * of that province named right before it in it means the province, so the town is the place. A quarter of
 * the seat ("the Old Gate quarter in Homs") is no town of its own and stays folded into the seat.
 */
function townBeforeSeat(seat: Mention, places: readonly Mention[], text: string): Mention | undefined {
  const where = seat.place;
  if (where?.precision !== 'town' || !where.admin1 || where.admin1 !== seat.name) return undefined;
  const town = places.filter((m) => m.span[1] <= seat.span[0]).at(-1);
  const inProvince =
    town?.place?.precision === 'town' &&
    town.entity_id !== seat.entity_id &&
    town.place.country === where.country &&
    town.place.admin1 === where.admin1;
  return inProvince && IN_PART_OF.test(text.slice(town.span[1], seat.span[0])) ? town : undefined;
}

/** "X village of Y", "X town in the Y area": the words that call X a village of the town named next. */
const VILLAGE_IN = /^\s+(?:village|hamlet|town)\s+(?:of|in)\s+(?:the\s+)?$/i;
/** "the village of X": the words that call the name after them a village's. */
const CALLED_VILLAGE = /\b(?:village|hamlet|town)\s+of\s+$/i;

/**
 * "Lakhpur village of Rurania", "Lakhpur village in the Rurania area", "the village of Lakhpur in
 * Rurania": a town the text calls a village, named right before the town it lies by, is the place; the other
 * town only says where the village is.
 */
function villageBefore(town: Mention, places: readonly Mention[], text: string): Mention | undefined {
  if (town.place?.precision !== 'town') return undefined;
  const village = places.filter((m) => m.span[1] <= town.span[0]).at(-1);
  if (
    village?.place?.precision !== 'town' ||
    village.entity_id === town.entity_id ||
    village.place.country !== town.place.country
  )
    return undefined;
  const gap = text.slice(village.span[1], town.span[0]);
  const called = CALLED_VILLAGE.test(text.slice(Math.max(0, village.span[0] - 20), village.span[0]));
  return VILLAGE_IN.test(gap) || (called && IN_PART_OF.test(gap)) ? village : undefined;
}

// "a kiosk in Bat Yam in Tel Aviv", "a car park in Saint-Denis in Paris": a town named right before a larger
// town close by, with only "in" between, is a suburb of it — as is one put "near" it or on its outskirts, told
// after a comma ("Kreuzberg, Berlin"), or called its suburb ("the Tel Aviv suburb of Holon"). Reports (and
// the event layer after them) place the incident in the larger town, the suburb kept as its district, as they
// do for "the Karrada district of Baghdad". A town far from the second one is a town in the area the second
// one names, and stays the place.
import type { Mention } from '../../core/records.js';
import { IN_PART_OF } from '../../core/text/part-of-words.js';
import { distanceKm } from '../../core/great-circle.js';
import type { Entity, KnowledgeBase } from './kb-types.js';
import { placeWith, withPlace } from './mention-builder.js';

/**
 * How close (km) a town lies to the larger town it is said to be in, to be read as its suburb; farther when
 * the words give the part of the town ("in eastern Y"), which calls it a part of Y already.
 */
const SUBURB_REACH_KM = 12;
const PART_REACH_KM = 25;
const BEARING = /\b(?:north|south|east|west|central)/i;
/** "in the countryside of": the rural area around a town, out of it. */
const COUNTRYSIDE = /\bcountryside\b/i;
/** "X, a suburb of Y", "X, a crowded quarter in western Y": words that call X a part of Y. */
const CALLED_PART =
  /^\s*,\s+an?\s+(?:[\p{L}-]+\s+){0,2}(?:suburb|neighbou?rhood|quarter|area)\s+(?:of|in|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/iu;
/** "Kadhimiya, northern Baghdad", "Ealing, west London": a town told as a part of the larger town after a comma. */
const COMMA_PART = /^\s*,\s+(?:(?:north|south)-?(?:east|west)?|east|west|central)(?:ern)?\s+$/i;
/**
 * "X near Y", "X (near Y)", "X village near Y", "X, a village near Y", "X, on the southern outskirts of Y",
 * "X outside of Y": words that put X by Y. Only a town close by is read as Y's suburb — within 12 km, or 25 km
 * of a town far larger — a town some way off stays the place ("near" spans tens of kilometres in reports).
 */
const NEAR_PART =
  /^\s*[,(]?\s*(?:(?:an?\s+(?:[\p{L}-]+\s+){0,2}?)?(?:town|village|suburb|area|district|neighbou?rhood)\s+)?(?:near|just\s+outside(?:\s+of)?|outside(?:\s+of)?|on\s+the\s+(?:[\p{L}-]+\s+)?outskirts\s+of)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$/iu;
/** "Kreuzberg, Berlin": a town told by the larger town it lies in, after a comma — not in a list of towns. */
const BARE_COMMA = /^\s*,\s*$/;
const LIST_BEFORE = /(?:,|\band|\bor)\s*$/i;
const LIST_AFTER = /^(?:\s*,\s*\p{Lu}[\p{L}'’-]*(?:\s*,|\s+(?:and|or)\b)|\s+(?:and|or)\s+\p{Lu})/u;
/** "X, an Athens suburb", "X (Katmandu suburb)": the words before the larger town's name, which the noun follows. */
const TOWN_SUBURB_GAP = /^\s*(?:,\s+an?|\(\s*(?:an?\s+)?)\s*$/i;
const SUBURB_NOUN_AFTER = /^\s+(?:suburb|neighbou?rhood|quarter)\b/i;
/** "the Tel Aviv suburb of X", "the Beirut neighbourhood of X": the larger town's name first, then the part. */
const SUBURB_OF_GAP = /^\s+(?:suburb|neighbou?rhood|quarter|district)\s+of\s+$/i;
const THE_BEFORE = /\bthe\s+(?:(?:north|south|east|west|central)[\p{L}-]*\s+)?$/iu;

/** "Makum in Tinsukia District": the second name is the area's, not its namesake town's. */
const AREA_NOUN_AFTER = /^\s+(?:district|province|governorate|department|division|county|region|state)\b/i;

/**
 * The mentions, each town named right before a larger town it lies close to ("X in Y") told as a district
 * of that town.
 *
 * @example withSuburbTowns(kb, 'A kiosk burned in Bat Yam in Tel Aviv.', mentions) // Bat Yam's place.city: Tel Aviv
 */
export function withSuburbTowns(kb: KnowledgeBase, text: string, mentions: Mention[]): Mention[] {
  const suburbsFirst = withTownsToldIn(kb, text, mentions, (suburb, town, outer) => {
    const inner = kb.entities.get(suburb.entity_id);
    if (inner === undefined) return false;
    const reach = reachOf(text, suburb, town, isFarLarger(inner, outer));
    return reach > 0 && isSuburbOf(inner, outer, reach);
  });
  return withSuburbsNamedAfter(kb, text, suburbsFirst);
}

/**
 * How far (km) the town `suburb` may lie from the larger `town` named after it, to be read as its suburb; 0
 * when the words between do not tell it there.
 */
function reachOf(text: string, suburb: Mention, town: Mention, farLarger: boolean): number {
  const gap = text.slice(suburb.span[1], town.span[0]);
  const afterTown = text.slice(town.span[1], town.span[1] + 40);
  if (CALLED_PART.test(gap) || COMMA_PART.test(gap)) return PART_REACH_KM;
  if (TOWN_SUBURB_GAP.test(gap) && SUBURB_NOUN_AFTER.test(afterTown)) return PART_REACH_KM;
  // "X in the northern countryside of Y": the country around Y, which holds its villages, never a part of Y.
  if (COUNTRYSIDE.test(gap)) return 0;
  if (IN_PART_OF.test(gap)) return BEARING.test(gap) ? PART_REACH_KM : SUBURB_REACH_KM;
  if (NEAR_PART.test(gap)) return farLarger ? PART_REACH_KM : SUBURB_REACH_KM;
  const listed =
    LIST_BEFORE.test(text.slice(Math.max(0, suburb.span[0] - 8), suburb.span[0])) ||
    LIST_AFTER.test(afterTown);
  return BARE_COMMA.test(gap) && !listed ? SUBURB_REACH_KM : 0;
}

/**
 * The mentions, each town named as "the Y suburb of X" told as a part of Y: "the Haifa suburb of Kiryat Ata"
 * places the incident in Haifa, Kiryat Ata kept as its district, as "Kiryat Ata, a Haifa suburb" does.
 */
function withSuburbsNamedAfter(kb: KnowledgeBase, text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [town, suburb] = [mentions[i], mentions[i + 1]];
    if (!SUBURB_OF_GAP.test(text.slice(town.span[1], suburb.span[0]))) continue;
    if (!THE_BEFORE.test(text.slice(Math.max(0, town.span[0] - 24), town.span[0]))) continue;
    const outer = kb.entities.get(town.entity_id);
    const inner = kb.entities.get(suburb.entity_id);
    if (outer === undefined || inner === undefined || !bothFreeTowns(suburb, town)) continue;
    if (!isSuburbOf(inner, outer, PART_REACH_KM)) continue;
    out ??= [...mentions];
    out[i + 1] = toldIn(suburb, outer);
  }
  return out ?? mentions;
}

/** The first mention after the `i`-th that names a place by its name, not by a nationality. */
function nextNamedPlace(mentions: readonly Mention[], i: number): Mention | undefined {
  for (let j = i + 1; j < mentions.length; j++) if (mentions[j].via !== 'demonym') return mentions[j];
  return undefined;
}

/** Two town mentions of distinct towns, neither already told in a town. */
const bothFreeTowns = (inner: Mention, town: Mention): boolean =>
  inner.place?.precision === 'town' &&
  !inner.place.city &&
  town.place?.precision === 'town' &&
  !town.place.city &&
  town.entity_id !== inner.entity_id;

/** `inner` told as a part of the town `outer`. */
function toldIn(inner: Mention, outer: Entity): Mention {
  const name = outer.name_en !== '' ? outer.name_en : outer.name_ar;
  const city = { name, entity_id: outer.id, lat: outer.lat, lon: outer.lon };
  return withPlace(inner, inner.place && placeWith(inner.place, inner.place.precision, city));
}

/**
 * The mentions, each town that `liesIn` the town mentioned right after it told as a part of that town: the
 * event layer places it there, keeping it as the district. Neither may already be told in a town, and the
 * second (the next place named other than by a nationality) must be the town itself, not an area named
 * after it ("Makum in Tinsukia District").
 */
export function withTownsToldIn(
  kb: KnowledgeBase,
  text: string,
  mentions: Mention[],
  liesIn: (inner: Mention, town: Mention, outer: Entity) => boolean,
): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const inner = mentions[i];
    // A nationality between is no place: "the Tarsus American College in Adana".
    const town = nextNamedPlace(mentions, i);
    if (town === undefined || !bothFreeTowns(inner, town)) continue;
    if (AREA_NOUN_AFTER.test(text.slice(town.span[1], town.span[1] + 16))) continue;
    const outer = kb.entities.get(town.entity_id);
    if (outer === undefined || !liesIn(inner, town, outer)) continue;
    out ??= [...mentions];
    out[i] = toldIn(inner, outer);
  }
  return out ?? mentions;
}

/**
 * Whether `outer` has at least three times the people of `inner`: a village or a small town "near" a city
 * some 20 km off is told by the city, a town of a size with it is not ("Hadera, near Netanya").
 */
const isFarLarger = (inner: Entity, outer: Entity): boolean =>
  outer.population !== null && (inner.population ?? 0) * 3 <= outer.population;

/** A town of the same country within `reachKm` of a larger one. */
export function isSuburbOf(inner: Entity, outer: Entity, reachKm: number): boolean {
  if (inner.country !== outer.country || outer.population === null) return false;
  if ((inner.population ?? 0) >= outer.population) return false;
  if (inner.lat === null || inner.lon === null || outer.lat === null || outer.lon === null) return false;
  return distanceKm(inner.lat, inner.lon, outer.lat, outer.lon) <= reachKm;
}

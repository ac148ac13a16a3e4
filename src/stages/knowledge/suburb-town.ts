// "a kiosk in Bat Yam in Tel Aviv", "a car park in Saint-Denis in Paris": a town named right before a larger
// town close by, with only "in" between, is a suburb of it. Reports (and the event layer after them) place the
// incident in the larger town, the suburb kept as its district, as they do for "the Karrada district of
// Baghdad". A town far from the second one is a town in the area the second one names, and stays the place.
import type { Mention } from '../../core/records.js';
import { IN_PART_OF } from '../../core/text/part-of-words.js';
import { distanceKm } from '../../core/great-circle.js';
import type { Entity, KnowledgeBase } from './kb-types.js';

/**
 * How close (km) a town lies to the larger town it is said to be in, to be read as its suburb; farther when
 * the words give the part of the town ("in eastern Y"), which calls it a part of Y already.
 */
const SUBURB_REACH_KM = 12;
const PART_REACH_KM = 25;
const BEARING = /\b(?:north|south|east|west|central)/i;
/** "X, a suburb of Y", "X, a crowded quarter in western Y": words that call X a part of Y. */
const CALLED_PART =
  /^\s*,\s+an?\s+(?:[\p{L}-]+\s+){0,2}(?:suburb|neighbou?rhood|quarter|area)\s+(?:of|in|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/iu;
/** "Kadhimiya, northern Baghdad", "Ealing, west London": a town told as a part of the larger town after a comma. */
const COMMA_PART = /^\s*,\s+(?:(?:north|south)-?(?:east|west)?|east|west|central)(?:ern)?\s+$/i;
/** "Makum in Tinsukia District": the second name is the area's, not its namesake town's. */
const AREA_NOUN_AFTER = /^\s+(?:district|province|governorate|department|division|county|region|state)\b/i;

/**
 * The mentions, each town named right before a larger town it lies close to ("X in Y") told as a district
 * of that town.
 *
 * @example withSuburbTowns(kb, 'A kiosk burned in Bat Yam in Tel Aviv.', mentions) // Bat Yam's place.city: Tel Aviv
 */
export function withSuburbTowns(kb: KnowledgeBase, text: string, mentions: Mention[]): Mention[] {
  return withTownsToldIn(kb, text, mentions, (suburb, town, outer) => {
    const gap = text.slice(suburb.span[1], town.span[0]);
    const called = CALLED_PART.test(gap) || COMMA_PART.test(gap);
    if (!called && !IN_PART_OF.test(gap)) return false;
    const inner = kb.entities.get(suburb.entity_id);
    return (
      inner !== undefined &&
      isSuburbOf(inner, outer, called || BEARING.test(gap) ? PART_REACH_KM : SUBURB_REACH_KM)
    );
  });
}

/**
 * The mentions, each town that `liesIn` the town mentioned right after it told as a part of that town: the
 * event layer places it there, keeping it as the district. Neither may already be told in a town, and the
 * second must be the town itself, not an area named after it ("Makum in Tinsukia District").
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
    const town = mentions[i + 1];
    if (inner.place?.precision !== 'town' || inner.place.city || town.place?.precision !== 'town') continue;
    if (town.entity_id === inner.entity_id || town.place.city) continue;
    if (AREA_NOUN_AFTER.test(text.slice(town.span[1], town.span[1] + 16))) continue;
    const outer = kb.entities.get(town.entity_id);
    if (outer === undefined || !liesIn(inner, town, outer)) continue;
    const name = outer.name_en !== '' ? outer.name_en : outer.name_ar;
    const city = { name, entity_id: outer.id, lat: outer.lat, lon: outer.lon };
    out ??= [...mentions];
    out[i] = { ...inner, place: { ...inner.place, city } };
  }
  return out ?? mentions;
}

/** A town of the same country within `reachKm` of a larger one. */
function isSuburbOf(inner: Entity, outer: Entity, reachKm: number): boolean {
  if (inner.country !== outer.country || outer.population === null) return false;
  if ((inner.population ?? 0) >= outer.population) return false;
  if (inner.lat === null || inner.lon === null || outer.lat === null || outer.lon === null) return false;
  return distanceKm(inner.lat, inner.lon, outer.lat, outer.lon) <= reachKm;
}

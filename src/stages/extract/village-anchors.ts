/**
 * Where an unknown village stands among the places its clause knows: whether it beats them (they only locate
 * it) and, when the text puts it inside a known town or district, that place with the village kept as its
 * district. event-builder asks both of the village `unknownVillage` finds.
 */
import { placeInDistrict } from '../../core/place-ref.js';
import type { PlaceRef } from '../../core/records.js';
import { HOLDS_TOWN } from './place-asides.js';
import { namesPersonsTown } from './person-places.js';

/** " in ", " in the ": all that may stand between a person's home village and the town he was struck in. */
const JUST_IN = /^\s+in\s+(?:the\s+)?$/;
/** "Sivasagar district", "Kandahar province": a town's name used for the area named after it. */
const AREA_AFTER = /^\s+(?:district|province|governorate|department|county|region)\b/i;

/**
 * Whether a village beats the places its clause knows: each is told after it, only locating it ("the village
 * of Haas in Idlib province"), right before it as the region that holds it ("the Tuscany village of Versilia"),
 * or is a province or a district, coarser than a village ("In Bastar district, rebels fired on Kadenar
 * village", a town's name with the word: "In Sivasagar district, …"); a town told before it is the
 * incident's ("Jets struck Aleppo and the village of Haas"). A village told as a person's home ("a man from
 * the village of Haas was shot in Rampur") only says who he is: a town named after it is the scene.
 *
 * @example villageAnchors(versilia, [tuscany], 'in the Tuscany village of Versilia') === true
 */
export function villageAnchors(village: PlaceRef, places: readonly PlaceRef[], text: string): boolean {
  const at = village.spans[0][0];
  // Only a town put right after the home by "in" is the scene: "a man from Lashar, Rampur", "a worker from
  // Lashar village of Rampur" still only locate the home.
  const home = namesPersonsTown({ span: village.spans[0] }, text);
  const scene = (p: PlaceRef) =>
    home && p.precision === 'town' && JUST_IN.test(text.slice(village.spans[0][1], p.spans[0][0]));
  return places.every(
    (p) =>
      (p.spans[0][0] > at && !scene(p)) ||
      // "the village of Urum al-Kubra": the known namesake inside the village's own name.
      (p.spans[0][0] === at && p.spans[0][1] < village.spans[0][1]) ||
      p.precision === 'region' ||
      p.precision === 'district' ||
      AREA_AFTER.test(text.slice(p.spans[0][1], p.spans[0][1] + 16)) ||
      HOLDS_TOWN.test(text.slice(p.spans[0][1], at)),
  );
}

/**
 * Words that put a village inside the town named next, or in its district: «وسط رفح», «داخل مدينة غزة»,
 * «التابعة لناحية كفري», "inside Gaza City".
 */
const INSIDE_TOWN =
  /^\s*(?:[\u0621-\u064a]+\s+)?(?:[وبف]?(?:وسط|داخل)|التابعة\s+ل(?:ناحية|قضاء|مديرية|مركز|محور)?)\s*(?:مدينة\s+)?$|^\s*,?\s*(?:inside|in central)\s+(?:the\s+)?(?:city\s+of\s+)?$/i;

/**
 * "Tirin village in the Lakhpur district", "Tirin, Lakhpur district", "Tirin hamlet of the Lakhpur town": the
 * words between a village and the known place named next that put the village in it, when the word after
 * that place, or the last of its name, calls it the district, area or town that holds villages (as
 * «التابعة لقضاء» does in Arabic).
 */
const IN_AREA = /^\s*(?:village|hamlet)?\s*(?:,|\s(?:in|of))\s+(?:the\s+)?$/i;
const AREA_NOUN = String.raw`(?:district|sub-?district|tehsil|area|town|municipality)`;
const AREA_WORD_AFTER = new RegExp(String.raw`^\s+${AREA_NOUN}\b`, 'i');
const AREA_WORD_AT_END = new RegExp(String.raw`\s${AREA_NOUN}$`, 'i');

/**
 * «مخيم الشابورة للاجئين وسط رفح», "Tirin village in the Lakhpur district": a village or camp the text puts
 * inside the known town or district named next is a part of it — the incident is told at the known place,
 * with its coordinates, the village kept as its district — so that the article's other tellings of the
 * town's incident join it. A known place named bare after "in" ("the village of Haas in Idlib") may be the
 * province of that name: the village stays.
 *
 * @example inTown(shabboura, [rafah], text) // { name: 'Rafah', district: { name: 'الشابورة', … }, … }
 */
export function inTown(village: PlaceRef, places: readonly PlaceRef[], text: string): PlaceRef {
  const next = places.find((p) => p.spans[0][0] >= village.spans[0][1]);
  if ((next?.precision !== 'town' && next?.precision !== 'district') || next.country !== village.country)
    return village;
  const gap = text.slice(village.spans[0][1], next.spans[0][0]);
  // The word may follow the name the base knows, or close it ("Andar district").
  const [from, to] = next.spans[0];
  const area =
    IN_AREA.test(gap) &&
    (AREA_WORD_AFTER.test(text.slice(to, to + 16)) || AREA_WORD_AT_END.test(text.slice(from, to)));
  if (!area && (next.precision !== 'town' || !INSIDE_TOWN.test(gap))) return village;
  return placeInDistrict(next, { name: village.name, entity_id: null }, [...next.spans, ...village.spans]);
}

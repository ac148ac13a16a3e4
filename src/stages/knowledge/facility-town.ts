// "a grenade hit the Tarmiyah police station in Baqubah", "a blast at the Qarna junction in Hebron": a town's
// name in front of a facility's noun names the facility, and "in Y" right after says where that facility
// stands. The incident is Y's, the name kept as its district, as suburb-town.ts tells "Bat Yam in Tel Aviv".
// Only "in" says so: "the Reus airport, near Barcelona" stands at Reus.
import type { Mention } from '../../core/records.js';
import { FACILITY_NOUNS } from './context-cues.js';
import { AREA_NOUN_AFTER } from './suburb-town.js';
import type { KnowledgeBase } from './kb-types.js';

/** What stands at one spot and is often named after a town or village: structures along with buildings. */
const STRUCTURE_NOUNS: ReadonlySet<string> = new Set([
  ...FACILITY_NOUNS,
  ...'junction crossing crossroads roadblock checkpoint checkpost bridge refinery campus center centre post square roundabout intersection gate road street highway'.split(
    ' ',
  ),
]);

/**
 * The gap between the facility's name and the town: up to two qualifying words ("police", "power", "gas"),
 * the noun, then "in", "in the", "in eastern" — within one clause. The noun is the last word before "in".
 */
const GAP =
  /^\s+((?:[\p{L}-]+\s+){0,2}?)([\p{L}]+)\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$/iu;

/**
 * The mentions, each town that names a facility standing in another town of its country ("the X police
 * station in Y") told as a district of that town.
 *
 * @example withFacilityTowns(kb, 'Gunmen raided the Mazraa police station in Hebron.', mentions) // Mazraa's place.city: Hebron
 */
export function withFacilityTowns(kb: KnowledgeBase, text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const named = mentions[i];
    const town = mentions[i + 1];
    if (named.place?.precision !== 'town' || named.place.city || town.place?.precision !== 'town') continue;
    if (town.entity_id === named.entity_id || town.place.city) continue;
    if (town.place.country === null || town.place.country !== named.place.country) continue;
    const gap = GAP.exec(text.slice(named.span[1], town.span[0]));
    if (gap === null || !STRUCTURE_NOUNS.has(gap[2].toLowerCase())) continue;
    // "the X police station in Y district" stands somewhere in Y's district, not in the town Y.
    if (AREA_NOUN_AFTER.test(text.slice(town.span[1], town.span[1] + 16))) continue;
    const outer = kb.entities.get(town.entity_id);
    if (outer === undefined) continue;
    const name = outer.name_en !== '' ? outer.name_en : outer.name_ar;
    out ??= [...mentions];
    out[i] = {
      ...named,
      place: { ...named.place, city: { name, entity_id: outer.id, lat: outer.lat, lon: outer.lon } },
    };
  }
  return out ?? mentions;
}

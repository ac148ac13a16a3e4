// "a grenade hit the Tarmiyah police station in Baqubah", "a blast at the Qarna junction in Hebron": a town's
// name in front of a facility's noun names the facility, and "in Y" right after says where that facility
// stands. The incident is Y's, the name kept as its district, as suburb-town.ts tells "Bat Yam in Tel Aviv".
// Only "in" says so: an airfield named for a town "near" a city stands at the town.
import type { Mention } from '../../core/records.js';
import { FACILITY_NOUNS } from './context-cues.js';
import { withTownsToldIn } from './suburb-town.js';
import type { KnowledgeBase } from './kb-types.js';

/** What stands at one spot and is often named after a town or village: structures along with buildings. */
const STRUCTURE_NOUNS: ReadonlySet<string> = new Set([
  ...FACILITY_NOUNS,
  ...'junction crossing crossroads roadblock checkpoint checkpost bridge refinery campus center centre post square roundabout intersection gate road street highway club complex compound'.split(
    ' ',
  ),
]);

/**
 * The gap between the facility's name and the town: up to two qualifying words ("police", "power", "gas"),
 * the noun, then "in", "in the", "in eastern", maybe after a comma ("the Chalandri tax office, in Marousi")
 * — within one clause. The noun is the last word before "in". A nationality among the qualifiers ("the
 * Tarsus American School in Adana") is no place between the two.
 */
const GAP =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+),?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$/iu;

/**
 * The mentions, each town that names a facility standing in another town of its country ("the X police
 * station in Y") told as a district of that town.
 *
 * @example withFacilityTowns(kb, 'Gunmen raided the Mazraa police station in Hebron.', mentions) // Mazraa's place.city: Hebron
 */
export function withFacilityTowns(kb: KnowledgeBase, text: string, mentions: Mention[]): Mention[] {
  return withTownsToldIn(kb, text, mentions, (named, town) => {
    const country = town.place?.country;
    if (!country || country !== named.place?.country) return false;
    const gap = GAP.exec(text.slice(named.span[1], town.span[0]));
    return gap !== null && STRUCTURE_NOUNS.has(gap[1].toLowerCase());
  });
}

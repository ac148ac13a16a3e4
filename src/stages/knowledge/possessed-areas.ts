import { TOWN_KINDS, type Entity, type KnowledgeBase } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { pushKeptSenses } from './name-match-builder.js';
import { parentsOf } from './entity-parents.js';
import { distanceKm } from '../../core/great-circle.js';

/** "'s " between the two names: "Yala's Tolgam district". */
const POSSESSIVE_BETWEEN = /^['’]s\s+$/u;
/** The unit's noun after the second name: the first then names the province or agency that holds it. */
const UNIT_AFTER =
  /^\s+(?:district|District|sub-district|Sub-district|area|tehsil|Tehsil|village|Village)\b/u;
/** How far from a town's point its quarters lie: Manila's Makati, Istanbul's Aksaray, Grozny's districts. */
const QUARTER_REACH_KM = 10;

/**
 * Drops the town senses of a name that owns a district, an area or a village named next: "Yala's Tolgam
 * district", "the Khyber Agency's Landi area" name the province or agency that holds the place, not its
 * seat; the place named next is where it happened. A quarter the base puts in the town or that lies by it
 * ("Baghdad's Karrada district", "Istanbul's Aksaray district") keeps the town, and so does a town's name
 * that names no province ("Baquba's Ghalibiyah area"); an agency or a district of the base that holds the
 * place ("the Khyber Agency's Jamrud area") is only its owner and drops.
 *
 * @example withoutPossessorTowns(kb, text, matches) // Yala the province, not the town, in "Yala's Raman district"
 */
export function withoutPossessorTowns(
  kb: KnowledgeBase,
  text: string,
  matches: readonly NameMatch[],
): NameMatch[] {
  const out: NameMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    if (!ownsNextPlace(kb, text, match, matches[i + 1])) {
      out.push(match);
      continue;
    }
    // A province's name also names its seat, an agency or a site: the possessive rules those out.
    pushKeptSenses(out, match, (s) => !TOWN_KINDS.has(s.entity.kind));
  }
  return out;
}

function ownsNextPlace(
  kb: KnowledgeBase,
  text: string,
  match: NameMatch,
  next: NameMatch | undefined,
): boolean {
  if (next === undefined || next.sentence !== match.sentence) return false;
  if (!match.senses.some((s) => TOWN_KINDS.has(s.entity.kind))) return false;
  const town = match.senses.some((s) => s.entity.kind === 'city');
  if (town && !match.senses.some((s) => s.entity.kind === 'region')) return false;
  if (!POSSESSIVE_BETWEEN.test(text.slice(match.span[1], next.span[0]))) return false;
  if (!UNIT_AFTER.test(text.slice(next.span[1], next.span[1] + 16))) return false;
  // Listed only past the tests above, which most town names fail.
  const towns = match.senses.filter((s) => s.entity.kind === 'city').map((s) => s.entity);
  const places = next.senses.filter((s) => TOWN_KINDS.has(s.entity.kind));
  // The place lies in what the name owns (a namesake elsewhere, "Istanbul's Aksaray" read as the far
  // province's town, says nothing), and not in the town itself or by it.
  const owned = new Set(match.senses.filter((s) => !towns.includes(s.entity)).map((s) => s.entity.id));
  return (
    places.length > 0 &&
    places.every((s) => parentsOf(kb, s.entity.id).some((id) => owned.has(id))) &&
    places.every((s) => !towns.some((town) => holds(kb, town, s.entity)))
  );
}

/** The base puts the place in the town, or it lies by it as the town's quarters do. */
function holds(kb: KnowledgeBase, town: Entity, place: Entity): boolean {
  if (parentsOf(kb, place.id).includes(town.id)) return true;
  if (town.lat === null || town.lon === null || place.lat === null || place.lon === null) return false;
  return distanceKm(town.lat, town.lon, place.lat, place.lon) <= QUARTER_REACH_KM;
}

// Local namesakes the base lacks: a name that matched a place abroad, while the article tells of a place at home.
import {
  type CountryEvidence,
  countryVotes,
  LATIN,
  SMALL_TOWN,
  subnationalEvidence,
} from './country-evidence.js';
import type { Entity, NameSense } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import { lastOf, WORDS_BEFORE_REACH, wordsBefore } from './match-context.js';
import type { NameMatch } from './mention-matcher.js';
import { nameTokens } from './name-tokens.js';
import { sameTheatre } from '../../core/shared-theatres.js';
import { sortSmall } from '../../core/small-sort.js';

/** The votes an article's names give, and the matches that give them (`voters`). */
interface ArticleVotes {
  evidence: CountryEvidence;
  namedEvidence: CountryEvidence;
  voters: readonly NameMatch[];
}

/**
 * A square, camp or quarter of a city in a country the rest of the article never names, while it does name
 * another — a country and a town of it, or a town in the quarter's own sentence: Baghdad has its Tahrir
 * Square and its Yarmouk too, and "Tahrir Square in Baghdad" is not Cairo's. Towns and regions are left to
 * the ranking, such names inside a city being too often shared — unless the text calls one a neighbourhood.
 */
export function isForeignQuarter(
  viewText: string,
  entity: Entity,
  match: NameMatch,
  votes: ArticleVotes,
): boolean {
  if (entity.kind === 'city') return isQuarterNamedAfter(viewText, entity, votes);
  if ((entity.kind !== 'site' && entity.kind !== 'district') || entity.country === null) return false;
  const { evidence, namedEvidence, voters } = votes;
  // A place filed under a region is no quarter of a town: a border crossing or a regional council ("rockets
  // fired at Sha'ar HaNegev out of the Gaza Strip") stands beside the neighbour it faces.
  if (entity.parent?.startsWith('region:')) return false;
  const own = new Set(match.senses.map((s) => s.entity.country)).size === 1 ? 1 : 0;
  if ((evidence.get(entity.country) ?? 0) - own > 0) return false;
  // Not a nationality ("Palestinian gunmen fired on Gilo"): places and actors of another country.
  if ([...namedEvidence].some(([cc, votes]) => cc !== entity.country && votes >= 3)) return true;
  // Towns only: a region named beside it ("Gilo in the West Bank") may well border the quarter's country;
  // and not a town shots came from ("fired from Beit Jala at Gilo").
  const towns = subnationalEvidence(
    voters.filter(
      (m) =>
        m.sentence === match.sentence &&
        m !== match &&
        m.senses.some((s) => s.entity.kind === 'city') &&
        !namedAsOrigin(viewText, m),
    ),
  );
  return namesOtherTheatre(towns, entity.country);
}

/** Whether `evidence` holds a country outside `country`'s theatre: asked of every town, with no list made. */
function namesOtherTheatre(evidence: CountryEvidence, country: string): boolean {
  for (const cc of evidence.keys()) if (!sameTheatre(cc, country)) return true;
  return false;
}

/** "the La Paz neighborhood", "in barrio La Paz": a quarter's noun right after a name, or Spanish's before it. */
const QUARTER_AFTER = /^\s+(?:neighbou?rhood|barrio)\b(?!\s+of\b)/i;
const QUARTER_BEFORE = /\bbarrio\s+$/i;

/**
 * "FARC rebels bombed a police post in the La Paz neighborhood … the bomb in La Paz went off": a town abroad
 * that the text calls a neighbourhood, once at least, in an article that names another country and never
 * the town's own, is a quarter named after it — every mention of it.
 */
function isQuarterNamedAfter(viewText: string, entity: Entity, votes: ArticleVotes): boolean {
  const cc = entity.country;
  if (cc === null || !namesOtherTheatre(votes.namedEvidence, cc)) return false;
  const same = votes.voters.filter((v) => v.senses.some((s) => s.entity === entity));
  if ((votes.evidence.get(cc) ?? 0) > same.length) return false;
  const quarter = same.some(
    (v) =>
      QUARTER_AFTER.test(viewText.slice(v.view[1], v.view[1] + 16)) ||
      QUARTER_BEFORE.test(viewText.slice(Math.max(0, v.view[0] - 16), v.view[0])),
  );
  if (!quarter) return false;
  const elsewhere = votes.voters.filter((v) => !same.includes(v));
  return countryVotes(elsewhere, cc) === 0;
}

/**
 * The words from a name to the place it lies in: "… Police Station in", "… neighborhood of southeastern",
 * "… square, a central area of", "… Municipality City Hall (", "… power station outside" (a plant on a town's
 * edge is the town's) — no list ("in Beirut, and in Baghdad") nor a new clause between.
 */
const INSIDE =
  /^(?:[^.;:()",]|,\s(?:an?|the)\s){0,40}?(?:\s(?:in|of|outside)\s+(?:the\s+)?(?:[a-z-]+ern\s+|central\s+)?|\s?\(\s*)$/;
/** "Qara Tappa, Diyala Province": a town and then, after a comma, the province it lies in. */
const BESIDE = /^(?:\s[a-z-]+){0,2}\s?,\s*$/;
/** "Puerto Rico (Meta Department)": a name and, in brackets, the province it lies in. */
const BRACKETED = /\(\s*$/;
const LISTING = /\b(?:and|or|but|while|then|from|to)\b/;
/** "southwest of", "to the north of": a bearing from the place named next. */
const BEARING_OF = String.raw`(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+`;
/** "twelve miles", "about 40 km": a distance before a bearing or "from". */
const DISTANCE = String.raw`(?:(?:about|around|roughly|some|nearly|almost)\s+)?(?:\d+|[a-z-]+)\s*(?:km|kilomet(?:er|re)s?|miles?)\s+`;
/**
 * "Zarnuqa, twelve miles southwest of", "(north of", ", which lies about 40 km south of", ", 300 km from": the
 * words that measure a town from the place named next, a word or two of its own name allowed before them.
 */
const MEASURED = new RegExp(
  String.raw`^(?:\s[\p{L}'-]+){0,2}\s?[,(]\s*(?:which\s+(?:lies|is)\s+)?(?:${DISTANCE}(?:from\s+|${BEARING_OF})|${BEARING_OF})(?:the\s+)?$`,
  'u',
);
/** A town this big is named for itself even when measured from a place abroad. */
const METROPOLIS = 1_000_000;

/**
 * A town or quarter abroad that the text puts inside a place of another country — "the Al-Rashidiyah
 * police station in Baghdad" is not Dubai's Rashidiya, "the al-Quds neighborhood of Mosul" not Jerusalem,
 * "(Qara Tappa, Diyala Province)" not Syria's Qara, "Puerto Rico (Meta Department)" no country — or measures
 * from one ("Basheer, twelve miles southwest of Kirkuk" is not Lebanon's Bsharri), while the article names
 * the town's country nowhere else: a local namesake the base lacks. A city of a million is named for itself
 * ("Eilat, ten kilometres west of Aqaba").
 */
export function isNestedAbroad(
  viewText: string,
  entity: Entity,
  match: NameMatch,
  evidence: CountryEvidence,
  sentence: readonly NameMatch[],
): boolean {
  const cc = entity.country;
  const town = entity.kind === 'city' || entity.kind === 'district' || entity.kind === 'site';
  if (cc === null || !(town || entity.kind === 'country')) return false;
  if ((evidence.get(cc) ?? 0) - countryVotes([match], cc) > 0) return false;
  const next = sortSmall(
    sentence.filter((m) => m.view[0] >= match.view[1]),
    (a, b) => a.view[0] - b.view[0],
  )[0];
  if (next === undefined) return false;
  const between = viewText.slice(match.view[1], next.view[0]);
  const host = subnationalEvidence([next]);
  // "Gilo in the West Bank": a neighbour of the same theatre is no abroad.
  if (host.size !== 1 || [...host.keys()].some((h) => sameTheatre(h, cc))) return false;
  const region = next.senses.every((s) => s.entity.kind === 'region');
  // Measured from a town only: a border region ("Nahal Oz, north of the Gaza Strip") has neighbours abroad.
  if (town && !region && (entity.population ?? 0) < METROPOLIS && MEASURED.test(between)) return true;
  if (LISTING.test(between)) return false;
  if (!town) return BRACKETED.test(between) && INSIDE.test(between);
  return INSIDE.test(between) || (region && BESIDE.test(between));
}

/**
 * "al-Mallah Farms" in a story of Syria met Aden's "Al Maalla" only once doubled letters and a final h were
 * dropped: a town reached by such a respelling — or a worldwide-gazetteer town by any spelling ("FARC
 * rebels attacked the town of Cordoba" is no Argentine city) — in a country nothing else in the article
 * names, while the article's places and actors belong to one other country, named again and again and
 * outweighing any third one named beside it, is a local name the base lacks, not a place abroad. A
 * nationality does not count (an Israeli driver shot near a West Bank settlement). The shipped base's own
 * towns keep their exact names, unless they head a facility's name ("the Havana Refinery" in a story of
 * Iraq) while the other country is named at least twice.
 */
export function isStrayNamesake(
  viewText: string,
  match: NameMatch,
  sense: NameSense,
  { voters, namedEvidence }: { voters: readonly NameMatch[]; namedEvidence: CountryEvidence },
): boolean {
  const cc = sense.entity.country;
  if (!LATIN.test(match.key) || cc === null || !PLACE_KINDS.has(sense.entity.kind)) return false;
  if (sense.entity.kind === 'country') return false;
  // The other country named most (the first named of those tied), read off the votes with no list made:
  // asked of nearly every Latin place.
  let other: string | null = null;
  let votes = 0;
  let total = 0;
  for (const named of namedEvidence.keys()) {
    if (named === cc) continue;
    const v = namedEvidence.get(named) ?? 0;
    total += v;
    if (other === null || v > votes) {
      other = named;
      votes = v;
    }
  }
  // One other country, or one that outweighs all the rest together ("rebels of a neighbour crossed over").
  if (other === null || votes <= total - votes) return false;
  // Spelled out only past the cheaper test above: asked of nearly every Latin place.
  const exact = nameTokens(sense.written).join(' ') === match.key;
  if (exact && sense.entity.tier !== 'world') {
    const facility = votes >= STRAY_EVIDENCE && headsFacilityName(viewText, match);
    if (!facility && !isOutnumberedVillage(sense.entity, voters, other)) return false;
  } else {
    // A respelled town gives way to a single place of the other country ("Hiwuddar near Kapran"); a state's
    // forces, which fight abroad, or a group named once do not make it a stray.
    const needed = !exact && placeVotes(voters, other) > 0 ? 1 : STRAY_EVIDENCE;
    if (votes < needed) return false;
  }
  // The name's own votes, however often the article repeats it, say nothing for its country.
  const elsewhere = voters.filter((v) => !v.senses.every((s) => s.entity === sense.entity));
  return countryVotes(elsewhere, cc) === 0;
}

/**
 * "PAKISTAN.  A bomb killed four people at a market in Sadda": a small town abroad, in a chronology's entry
 * filed under another country that names the town's country nowhere else, is a local namesake the base
 * lacks. A city known the world over is named for itself.
 */
export function isForeignToEntry(
  entity: Entity,
  match: NameMatch,
  filed: string | null,
  evidence: CountryEvidence,
): boolean {
  const cc = entity.country;
  const town = entity.kind === 'city' || entity.kind === 'district' || entity.kind === 'site';
  if (filed === null || cc === null || cc === filed || !town || (entity.population ?? 0) >= SMALL_TOWN)
    return false;
  return (evidence.get(cc) ?? 0) - countryVotes([match], cc) <= 0;
}

/** The votes `country` has from the places among `voters`, not from its actors or its nationality. */
function placeVotes(voters: readonly NameMatch[], country: string): number {
  const places = voters.filter((v) =>
    v.senses.every((s) => PLACE_KINDS.has(s.entity.kind) && s.via !== 'demonym'),
  );
  return countryVotes(places, country);
}

/**
 * "a farmer was shot in Lal, near Mosul, and a bomb went off in Shirqat": a small town of the base, spelled
 * as written, is a village of the same name that the base lacks when the article names two towns or
 * provinces of one other country (`other`) and none of the town's own — the gazetteer keeps only the larger
 * of the world's many namesakes.
 */
function isOutnumberedVillage(entity: Entity, voters: readonly NameMatch[], other: string): boolean {
  const town = entity.kind === 'city' || entity.kind === 'district' || entity.kind === 'site';
  if (!town || (entity.population ?? 0) >= SMALL_TOWN) return false;
  const places = new Set<string>();
  for (const v of voters) {
    const id = localPlaceOf(v, other);
    if (id !== null) places.add(id);
  }
  return places.size >= 2;
}

/**
 * The id of the first of `match`'s senses beside the worldwide gazetteer's when all of those are places below
 * country level in `country`, named by their own name, not a people's; else null. Read in one loop: asked of
 * every voter, a list of the senses made for each was garbage.
 */
function localPlaceOf(match: NameMatch, country: string): string | null {
  let first: string | null = null;
  for (const s of match.senses) {
    if (s.entity.tier === 'world') continue;
    const local = s.via !== 'demonym' && s.entity.kind !== 'country' && PLACE_KINDS.has(s.entity.kind);
    if (!local || s.entity.country !== country) return null;
    first ??= s.entity.id;
  }
  return first;
}

/** A hotel, a bar, a bank or a refinery right after a name: the one a place's name was given to. */
const FACILITY_AFTER =
  /^\s+(?:hotel|club|caf[eé]|restaurant|bar|refinery|hospital|cinema|theat(?:re|er)|stadium|mall|supermarket|bank)\b/;

/**
 * "outside the Sari Club", "the Havana Refinery": a place's name heading a facility's own name, with no
 * indefinite article before ("a London hotel" is a hotel in London). Towns abroad, the largest too, lend
 * their names to hotels, bars and banks at home.
 */
function headsFacilityName(viewText: string, match: NameMatch): boolean {
  if (!FACILITY_AFTER.test(viewText.slice(match.view[1], match.view[1] + 16))) return false;
  const before = wordsBefore(viewText, match, 1)[0];
  return before !== 'a' && before !== 'an';
}

/** Votes for the one other country that make a respelled foreign town a stray. */
const STRAY_EVIDENCE = 2;

/** "from Beit Jala", "from the Gaza Strip": where something came from. */
export function namedAsOrigin(viewText: string, match: NameMatch): boolean {
  // Asked of every voter, and most have no "from" within reach: their words are then not cut. Looked for in
  // the reach only: `lastIndexOf` read back to the text's start when none was there (every Arabic article).
  const end = match.view[0];
  if (!viewText.slice(Math.max(0, end - WORDS_BEFORE_REACH), end).includes('from')) return false;
  const before = wordsBefore(viewText, match, 2);
  return lastOf(before) === 'from' || (before[0] === 'from' && before[1] === 'the');
}

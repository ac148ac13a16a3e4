import type { KnowledgeBase } from './kb-types.js';
import { isNamesakeTown, namesFeature } from './feature-names.js';
import { PLACE_KINDS, TOWN_KINDS } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { pushKeptSenses } from './name-match-builder.js';
import { parentsOf } from './entity-parents.js';
import { sameTheatre } from '../../core/shared-theatres.js';
import { namesBank } from '../../core/place-stance.js';
import { travelledFrom } from './journey-ends.js';
import { townApartAfterIn } from './town-apart.js';
import { sceneToldAt, sceneToldSomewhere } from './scene-told.js';
import {
  boundFor,
  endsRoute,
  endsStretch,
  firedFrom,
  headedFor,
  labelsArea,
  namesElsewhere,
  namesFacility,
  namesFirm,
  namesHomeOf,
  namesOffice,
  toldAsBearing,
} from './town-name-roles.js';

/**
 * What puts the later name on the map: "in western Baghdad", "near Mahmudiyah", "two km from Baghdad", "through
 * Zabul Province", "as the convoy entered Homs", "in the area of Mahmudiyah" — not a bare "from", which names where someone came from ("on his
 * way back from Homs").
 */
const LOCATIVE_BEFORE =
  /\b(?:in|near|at|outside|into|through|toward|towards|entere?(?:d|ing)|(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\s+from)\s+(?:the\s+)?(?:(?:city|town|village|area)\s+of\s+)?(?:(?:north|south|east|west|central|\w+ern)\s+)?$/i;
/**
 * The Arabic locatives: «في الموصل», «قرب مدينة الموصل», «ببغداد» (the "ب" written onto the name), which put a
 * place on the map as "in" does: «نجا محافظ نينوى من هجوم في الموصل».
 */
const LOCATIVE_BEFORE_AR =
  /(?:^|\s)(?:(?:في|قرب|بالقرب من|داخل|وسط)\s+(?:(?:مدينة|بلدة|قرية|منطقة|ناحية|قضاء)\s+)?|[وف]?ب)$/u;
/**
 * "the village of", "the Gaza settlement of" right before a name: what puts it on the map as a place. Not
 * "Tolgam village of Udhampur", which only says where Tolgam lies.
 */
const SETTLEMENT_OF_BEFORE =
  /\bthe\s+(?:[\p{L}'’-]+\s+){0,3}?(?:settlements?|villages?)\s+of\s+(?:the\s+)?$/u;
/**
 * "in the Tolgard area of Zenkar District, Ghazni Province", "in Zenkar District, Ghazni Province": a locative's
 * place the base does not know (a name, capitalised), then the district or province that holds it — which the
 * locative puts on the map as surely as it would name it. Not "in the hilly district of Kupwara", the
 * later name's own noun.
 */
const AREA_CHAIN_BEFORE =
  /\b(?:in|near|at|outside|through)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?(?:area|village|district|District|sub-district)(?:\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}?(?:district|District|area))?\s*(?:,|\bof|\bin)\s+(?:the\s+)?$/u;
/**
 * "the Kabul-Kandahar Highway, Ghazni Province", "the Kabul-Kandahar highway of Zabul Province": the province a
 * route's stretch runs through, told after it.
 */
const ROUTE_IN_AREA_BEFORE =
  /(?:[Hh]ighway|[Rr]oad|[Pp]ipeline|[Rr]ailway|[Rr]ailroad|[Mm]otorway|[Ee]xpressway)(?:\s*,\s*|\s+of\s+)(?:the\s+)?$/u;
/** "Ariel (near Nablus)", "Musayyib, in Babil": the later name only says where the town lies. */
const WHERE_IT_LIES =
  /^\s*(?:(?:village|town|area|camp|settlement|district)\s*)?(?:,|\(|\bin\b|\bnear\b)\s*(?:(?:an?|the)\s+(?:\w+\s+)?(?:village|town|city|suburb|settlement|district|area)\s+(?:in|near|of|outside)\s+)?(?:near\s+)?(?:the\s+)?(?:(?:north|south|east|west|central|\w+ern)\s+)?$/i;

/**
 * Drops the town senses of a name that heads a street's ("Mosul Road"), a route's ("the Baghdad-Mosul highway"),
 * a firm's ("the Mosul Bank branch") or an office's name ("the Mosul police chief"), or says where people or fire
 * came from ("settlers from Ariel", "a resident of Homs", "mortars fired from Tal Abyad") or travellers were
 * bound, or ends a stretch ("a power line between Homs and Hama"), when the report goes on to put the incident in another place: "a shop on Mosul Road in Baghdad", "a bus
 * on the Baghdad-Mosul highway near Mahmudiyah", "a family from Hama was attacked near Homs". None is where it
 * happened. With no other place put on the map after it ("two cars burned on Hama Road"), or only the province or
 * country around the town or the places it lies in ("a man from Musayyib, Babil in Iraq"), the name is the best
 * clue to the town and stays. Judged on the original text: case tells the street from "the Mosul road", the road
 * that leads to the place and often stands at it.
 *
 * @example withoutNamesElsewhere(kb, text, matches) // no town Mosul in "a shop on Mosul Road in Baghdad"
 */
export function withoutNamesElsewhere(
  kb: KnowledgeBase,
  text: string,
  matches: readonly NameMatch[],
): NameMatch[] {
  const out: NameMatch[] = [];
  // Asked once per text, when a town or province first needs it (see `sceneToldSomewhere`).
  let sceneTold: boolean | undefined;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    // Most matches are no town or province at all: the cheap test first.
    if (!match.senses.some((s) => AREA_KINDS.has(s.entity.kind))) {
      out.push(match);
      continue;
    }
    if (namesFeature(text, match)) {
      pushKeptSenses(out, match, (s) => !isNamesakeTown(s));
      continue;
    }
    if ((sceneTold ??= sceneToldSomewhere(text)) && sceneToldAfter(kb, text, matches, i)) {
      pushKeptSenses(out, match, (s) => !TOWN_KINDS.has(s.entity.kind));
      continue;
    }
    const route = endsRoute(text, match);
    // A firm's or a facility's branches, like a route's ends, stand abroad as well: "a Bank of Boston branch in
    // Santiago", "the Al-Quds mosque in west Baghdad".
    // People, too, are met away from home: "Ted Lowry of Leeds".
    const firm = namesFirm(text, match);
    const crossesBorders = route || firm || namesFacility(text, match) || namesHomeOf(text, match);
    if (
      !(crossesBorders || namesElsewhere(text, match)) ||
      !(
        otherPlaceFollows(kb, text, matches, i, {
          crossesBorders,
          bound: boundFor(text, match),
          firm,
          nextSentence: namesOffice(text, match) || endsStretch(text, match) || firedFrom(text, match),
        }) ||
        (namesBank(match, text) && placeToldBefore(kb, text, matches, i)) ||
        sceneBesideDestination(kb, text, matches, i)
      )
    ) {
      out.push(match);
      continue;
    }
    // A street, an office or an origin is named after a town (its kinds), which the incident need not be in. A
    // destination, though, is where the travellers had not yet come: its province is not the scene either ("a
    // lorry bound for Kabul" is no more in Kabul province than in the town).
    const dropped =
      crossesBorders || firedFrom(text, match) || headedFor(text, match) ? AREA_KINDS : TOWN_KINDS;
    pushKeptSenses(out, match, (s) => !dropped.has(s.entity.kind));
  }
  return out;
}

/**
 * Whether, after the town of the `at`-th match, its sentence or the next tells in so many words that the incident
 * happened in another place of its theatre: "Gunmen seized the deputy mayor of Hama. The attack took place in Homs",
 * "a colonel at the Hama police headquarters was shot. The incident occurred in Homs". Whatever the town was named
 * for — an office, a destination, a firm — it is not the scene. A place the town lies in, or one in it, is no other.
 */
function sceneToldAfter(kb: KnowledgeBase, text: string, matches: readonly NameMatch[], at: number): boolean {
  const match = matches[at];
  if (!match.senses.some((s) => TOWN_KINDS.has(s.entity.kind))) return false;
  let around: Set<string> | undefined;
  for (let i = at + 1; i < matches.length && matches[i].sentence <= match.sentence + 1; i++) {
    const later = matches[i];
    if (!sceneToldAt(text, match.span[1], later)) continue;
    around ??= aroundOf(kb, match);
    if (anotherPlace(match, later, around, false) && !insideOf(kb, later, match)) return true;
  }
  return false;
}

/** Whether a sense of `later` lies in a town `match` may name (a quarter of it, say). */
const insideOf = (kb: KnowledgeBase, later: NameMatch, match: NameMatch): boolean =>
  later.senses.some((s) =>
    parentsOf(kb, s.entity.id).some((id) => match.senses.some((t) => t.entity.id === id)),
  );

/** What fire's origin drops: the town kinds and a province. */
const AREA_KINDS: ReadonlySet<string> = new Set([...TOWN_KINDS, 'region']);

/**
 * True when a later match of the same sentence, after a locative, may be a place other than the town and
 * the provinces around it (matches come in text order). A route's end or a firm's namesake may be across a
 * border from it (`crossesBorders`: "the Baku-Novorossiysk pipeline near Makhachkala", "the Santander Bank
 * branch in Santiago"); any other name is weighed only in its own theatre. A firm's town (`firm`) gives way to
 * a place a later sentence puts on the map as well: "the head of a Lisbon weekly's bureau was shot. He sat on
 * the election board in Porto" — the paper is read far from its home, and the text seldom says where it was
 * hit in the same breath.
 */
function otherPlaceFollows(
  kb: KnowledgeBase,
  text: string,
  matches: readonly NameMatch[],
  at: number,
  {
    crossesBorders,
    bound,
    firm,
    nextSentence,
  }: { crossesBorders: boolean; bound: boolean; firm: boolean; nextSentence: boolean },
): boolean {
  const around = aroundOf(kb, matches[at]);
  // Where the last name that only says where the town lies ends: "from Musayyib, Babil in Iraq".
  let lies = matches[at].span[1];
  const across = firm || travelledFrom(text, matches[at]);
  // An official's town, or a stretch's end, gives way to a place the next sentence puts on the map too: "a bomb
  // missed the Lakhpur governor's convoy. It went off in Rampur", "a pipeline from Lakhpur to Rampur was blown up.
  // The charge went off near Tirin" — the report names the victim or the line first and the scene after.
  const last = matches[at].sentence + (nextSentence ? 1 : 0);
  for (let i = at + 1; i < matches.length && (across || matches[i].sentence <= last); i++) {
    const later = matches[i];
    const apart = i === at + 1 && townApartAfterIn(text, matches[at], later, around);
    if (!apart && WHERE_IT_LIES.test(text.slice(lies, later.span[0]))) {
      lies = later.span[1];
      continue;
    }
    // The locative stands after the last name, not inside it: "at Her'at University" names no place after Her'at.
    // The settlement a town's name labels is put on the map by the label: "the Gaza settlement of Tal Nir".
    const labelled = i === at + 1 && labelsArea(text, matches[at]);
    if (!labelled && !putOnMap(text, lies, later.span[0], crossesBorders, matches)) continue;
    // Where a vehicle was bound may be what tells the country: it stays when the scene's name is one two
    // countries share (a Lakhpur-bound lorry burned in a Tripoli keeps Lakhpur, which tells which Tripoli).
    if (
      (anotherPlace(matches[at], later, around, crossesBorders) ||
        seatToldApart(text, matches[at], later, around)) &&
      (!bound || onlyInTheatreOf(matches[at], later))
    )
      return true;
  }
  return false;
}

/**
 * True when an earlier match puts another place on the map ("protesters in Lima smashed the windows of a Bank of
 * Boston branch"): a bank's town gives way to it as to a place told after, its branches standing anywhere. Not a
 * college's or a paper's, which mostly stand at home ("a blast at the University of Lakhpur's campus").
 */
function placeToldBefore(
  kb: KnowledgeBase,
  text: string,
  matches: readonly NameMatch[],
  at: number,
): boolean {
  const around = aroundOf(kb, matches[at]);
  return matches
    .slice(0, at)
    .some(
      (earlier) =>
        earlier.senses.some((s) => WIDE_OR_TOWN.has(s.entity.kind)) &&
        LOCATIVE_BEFORE.test(text.slice(Math.max(0, earlier.span[0] - 40), earlier.span[0])) &&
        !NAME_OF_AFTER.test(text.slice(earlier.span[1], earlier.span[1] + 40)) &&
        anotherPlace(matches[at], earlier, around, true),
    );
}

/** "at the University of Mosul": a word that heads a longer name "of" a place is no place of its own. */
const NAME_OF_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u;

/** Towns, provinces and countries: what a locative puts on the map, unlike a quarter or a site ("at the University"). */
const WIDE_OR_TOWN: ReadonlySet<string> = new Set(['city', 'region', 'country']);

/** The senses of `match` and the places they lie in: "Musayyib, Babil" names Babil only as Musayyib's. */
function aroundOf(kb: KnowledgeBase, match: NameMatch): Set<string> {
  const around = new Set<string>();
  for (const s of match.senses) {
    around.add(s.entity.id);
    for (const id of parentsOf(kb, s.entity.id)) around.add(id);
  }
  return around;
}

/**
 * Whether `other` is a place apart from `match` and the places around it (`around`). A place in another
 * country is more likely a namesake misread than the scene of the incident, unless `crossesBorders`.
 */
function anotherPlace(
  match: NameMatch,
  other: NameMatch,
  around: ReadonlySet<string>,
  crossesBorders: boolean,
): boolean {
  const places = other.senses.filter(
    (s) =>
      PLACE_KINDS.has(s.entity.kind) &&
      s.via !== 'demonym' &&
      (crossesBorders ||
        match.senses.some((t) => sameTheatre(t.entity.country ?? '', s.entity.country ?? ''))),
  );
  return places.length > 0 && places.every((s) => !around.has(s.entity.id));
}

/**
 * Whether `other`, told some words after `match`, names the seat town of the province that holds it: "the Tirin
 * police chief, a colonel, was shot at his house in Lakhpur" names the town of Lakhpur, not only the province of
 * that name. Right after it ("the Tirin bus station in Lakhpur") the name only says which province holds it.
 */
function seatToldApart(
  text: string,
  match: NameMatch,
  other: NameMatch,
  around: ReadonlySet<string>,
): boolean {
  if (wordCount(text.slice(match.span[1], other.span[0])) < SEAT_APART_WORDS) return false;
  return other.senses.some(
    (s) =>
      s.entity.kind === 'city' &&
      !around.has(s.entity.id) &&
      s.entity.parent !== null &&
      around.has(s.entity.parent),
  );
}

/** How many words must stand between an official's town and a seat named after it to read the seat as a town. */
const SEAT_APART_WORDS = 4;
const wordCount = (gap: string): number => gap.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * Where travellers were heading is not where they were struck when the article puts the scene on the map
 * anywhere else, before the name or in a later sentence: "pilgrims travelling to Karbala were shot. It
 * happened in Baghdad", "a lorry stopped near Hama while bound for Aleppo". Nor is a bearing's town when its
 * sentence puts the scene in a place of its own country: "a shell fell in Musayyib, 60 km south of Baghdad".
 * A province counts as a scene as a town does.
 */
function sceneBesideDestination(
  kb: KnowledgeBase,
  text: string,
  matches: readonly NameMatch[],
  at: number,
): boolean {
  const match = matches[at];
  // A bearing's town is weighed against its own sentence only: "a village south of Hama" may be told
  // elsewhere in an article that goes on to other incidents.
  const bearing = toldAsBearing(text, match);
  if (!bearing && !headedFor(text, match)) return false;
  const around = aroundOf(kb, match);
  // The names right after it that only say where it lies: "on their way to Wadi Sarim, near Ostmark". Not after a
  // bearing, whose town is only the point the scene is told from: "south of Lakhpur near Tirin" puts the scene
  // at Tirin.
  let lies = at;
  while (
    !bearing &&
    lies + 1 < matches.length &&
    matches[lies + 1].sentence === match.sentence &&
    WHERE_IT_LIES.test(text.slice(matches[lies].span[1], matches[lies + 1].span[0]))
  )
    lies++;
  return matches.some(
    (other, i) =>
      (i < at || i > lies) &&
      (!bearing || (other.sentence === match.sentence && onlyInTheatreOf(match, other))) &&
      LOCATIVE_BEFORE.test(text.slice(Math.max(0, other.span[0] - 40), other.span[0])) &&
      anotherPlace(match, other, around, false),
  );
}

/**
 * Whether every place `other` may name lies in a theatre of `match`: "Hyderabad, some way north-east of Karachi" —
 * Karachi is what tells Pakistan's Hyderabad from India's, and must stay to tell it.
 */
function onlyInTheatreOf(match: NameMatch, other: NameMatch): boolean {
  return other.senses.every(
    (s) =>
      !PLACE_KINDS.has(s.entity.kind) ||
      match.senses.some((t) => sameTheatre(t.entity.country ?? '', s.entity.country ?? '')),
  );
}

/**
 * Whether what stands between the last name (ending at `from`) and a later one (starting at `to`) puts the
 * later on the map: a locative right before it ("near Mahmudiyah"), "the village of" ("settlers from Ariel
 * raided the village of Tolgam"), or after a place the base does not know
 * ("in the Tolgard area of Zenkar District, Ghazni Province" — no known name inside the run, else that name
 * is the place the locative puts on the map); for a route, also the province told right after its noun ("the
 * Kabul-Kandahar Highway, Ghazni Province").
 */
function putOnMap(
  text: string,
  from: number,
  to: number,
  route: boolean,
  matches: readonly NameMatch[],
): boolean {
  const before = text.slice(Math.max(from, to - 90), to);
  if (
    LOCATIVE_BEFORE.test(before.slice(-40)) ||
    LOCATIVE_BEFORE_AR.test(before.slice(-30)) ||
    SETTLEMENT_OF_BEFORE.test(before.slice(-60))
  )
    return true;
  if (route && ROUTE_IN_AREA_BEFORE.test(before.slice(-30))) return true;
  const chain = AREA_CHAIN_BEFORE.exec(before);
  if (chain === null) return false;
  const start = to - before.length + chain.index;
  return !matches.some((m) => m.span[0] >= start && m.span[0] < to);
}

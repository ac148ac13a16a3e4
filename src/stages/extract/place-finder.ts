import { placeRefOf } from '../../core/place-ref.js';
import type { Mention, PlaceRef } from '../../core/records.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import {
  ASIDE_COST,
  housedIn,
  namesFirm,
  namesOfficeOrRoute,
  namesOrigin,
  namesPerson,
} from './place-asides.js';
import { measuredFromTown, namedSiteNear, REFERENCE } from './reference-places.js';
import { townInRegion } from './region-towns.js';
import { tokenAt } from './sentence-view.js';

const ACTOR_KINDS = new Set([
  'state-forces',
  'armed-group',
  'party',
  'igo',
  'group',
  'organisation',
  'media',
  'person',
]);
/** How far from its trigger a place may stand and still be the incident's place, in tokens. */
const REACH = { after: 14, before: 8, anaphorAfter: 5, anaphorBefore: 2, townAfter: 20 };
/** Joins between places that make a list ("Majzar, Sirwah and al-Jufainah"); a bare space does not ("X Raqqa"). */
const LIST_GLUE = /^\s*(?:(?:,|،|و|\band\b|\bor\b|او)\s*)+$/i;
const FOREIGN_UNMARKED = 1e6;
/** "Moscow AFP", "بيروت (رويترز)": where the wire filed the story, not where the incident happened. */
const DATELINE =
  /^\s*[-–(]?\s*(?:AFP|Reuters|AP|UPI|dpa|Xinhua|SANA|IRNA|KUNA|أ\s?ف\s?ب|رويترز|واس|د\s?ب\s?أ|سانا)\b/;
/** "said at a press conference in Ankara", "told AFP in Bamako": where words were said, not where it happened. */
const SPEECH_PLACE =
  /(?:مؤتمرا? صحا?فيا?|تصريحات?|بيان|مكالمة|وكالة|مراسل|صحا?في|لقائه|لقاء|اجتماع|زيارة|press conference|news conference|told reporters|agency|correspondent|statement|meeting|talks)\s+(?:\S+\s+){0,5}?(?:في|من|in|from)\s+$/i;
/** A place name that carries its own locative: "بغزة", "وفي", "مدينة تعز", "the town of X". */
const LOCATIVE_HEAD = /^(?:مدينة|بلدة|قرية|محافظة|منطقة|ناحية|مديرية|قضاء|town|city|village|province)/i;
/** Words that put a place name after them: "in", "near", "town of", "في", "قرب", "مدينة", "شمال" … */
const LOCATIVE =
  /(?:\b(?:in|at|near|outside|of|into|from)\s+(?:the\s+)?(?:\w+\s+)?|(?:في|قرب|بالقرب من|داخل|مدينة|بلدة|قرية|محافظة|منطقة|ناحية|حي|قضاء|مديرية|وسط|مخيم|قطاع)\s+|(?:^|\s)[وف]?ب)$/i;

/** The places a frame's incident happened at: one per listed town, or the one place nearest its trigger. */
export interface FramePlaces {
  /** Most precise places; several when the clause lists towns (one event each). */
  places: PlaceRef[];
  /** Country when no place was found but the clause names a country or a nationality. */
  country: { code: string; spans: PlaceRef['spans'] } | null;
}

/** "parts of Aleppo which rebels stormed": the place a relative clause's trigger says was taken. */
const RELATIVE_CLAUSE = /^\s*,?\s*(?:which|that|التي|الذي)\s/i;

/**
 * Picks the incident's place(s) for a frame: named places in the frame's window, not inside an actor's
 * name, nearest after the trigger first; a list of towns joined by "and"/"و" gives one place each.
 *
 * @example findPlaces(frame, doc.text, 'YE').places[0]?.name // 'Aden'
 */
export function findPlaces(frame: Frame, text: string, home: string | null): FramePlaces {
  const view = frame.view;
  const trigger = mainTrigger(frame);
  const actorSpans = view.mentions.filter((m) => ACTOR_KINDS.has(m.kind)).map((m) => m.span);
  const places = view.mentions.filter(
    (m) =>
      m.place &&
      !actorSpans.some((a) => a[0] <= m.span[0] && m.span[1] <= a[1] && a !== m.span) &&
      !namesFirm(m, text) &&
      !namesPerson(m, text),
  );
  const reach = frame.anaphoric
    ? { after: REACH.anaphorAfter, before: REACH.anaphorBefore }
    : { after: REACH.after, before: REACH.before };
  const onlyAfter = frame.family === 'territory';
  const inReach = places.filter((m) => {
    const at = tokenAt(view, m.span[0]);
    if (at < frame.from || at >= frame.to) return false;
    // "the bombing … in the town of Abha": a place named as a town reaches as far as after any trigger.
    const after = TOWN_MARK.test(text.slice(Math.max(0, m.span[0] - 16), m.span[0]))
      ? REACH.townAfter
      : townNamed(m, text)
        ? REACH.after
        : reach.after;
    if (at >= trigger.start) return at - frame.triggers.at(-1)!.end <= after;
    const gap = text.slice(m.span[1], view.tokens[trigger.start]?.span[0] ?? m.span[1]);
    return (!onlyAfter || RELATIVE_CLAUSE.test(gap)) && trigger.start - at <= reach.before;
  });
  const named = inReach.filter((m) => !isNationality(m, text));
  const local = named.filter((m) => m.place!.precision !== 'country');
  const ranked = local
    .map((m) => ({ m, cost: cost(m, frame, text, home) }))
    .filter((c) => c.cost < FOREIGN_UNMARKED)
    .sort((a, b) => a.cost - b.cost)
    .map((c) => c.m);
  // A town in the window the text puts the incident in ("in X", or "X, <its region>"), by its cost.
  const townRank = (m: Mention, qualified: boolean) => {
    const at = tokenAt(view, m.span[0]);
    const marked = qualified || LOCATIVE.test(text.slice(Math.max(0, m.span[0] - 14), m.span[0]));
    const c = cost(m, frame, text, home);
    return at >= frame.from && at < frame.to && marked && c < FOREIGN_UNMARKED ? c : null;
  };
  const head =
    ranked.length > 0
      ? enclosing(
          townInRegion(
            housedIn(qualifiedTown(ranked, frame, places, text), places, text),
            places,
            text,
            townRank,
          ),
          places,
          view,
          home,
          text,
        )
      : null;
  const chosen = head
    ? listedWith(
        head,
        listable(places, frame, text, ranked),
        text,
        tokenAt(view, head.span[0]) < trigger.start,
      )
    : frame.anaphoric
      ? [] // "this shelling": the places before it are its antecedent's
      : topicPlace(frame, places, text, home);
  const landmark =
    chosen.length === 0
      ? (namedSiteNear(local, text) ?? (frame.anaphoric ? undefined : measuredFromTown(local, places, text)))
      : undefined;
  if (landmark) return { places: [placeRefOf(landmark)], country: null };
  if (chosen.length > 0) return { places: chosen.map(placeRefOf), country: null };
  // "in Syria" over "the United States" that struck there: a country after a locative, then after the trigger.
  const countries = named
    .filter(
      (m) =>
        m.place!.precision === 'country' &&
        !DESTINATION.test(text.slice(Math.max(0, m.span[0] - 12), m.span[0])),
    )
    .map((m) => ({ m, rank: countryRank(m, frame, text) }))
    .sort((a, b) => a.rank - b.rank)
    .map((c) => c.m);
  if (countries.length > 0) return { places: [placeRefOf(countries[0])], country: null };
  // A landmark ("an air base east of Aleppo") still tells the country; a nationality can too.
  const demonym = [...local, ...inReach.filter((m) => isNationality(m, text))].find((m) => m.place?.country);
  return {
    places: [],
    country: demonym ? { code: demonym.place!.country!, spans: [demonym.span] } : null,
  };
}

/**
 * How unlikely a place is to be the incident's: distance from the trigger in tokens, more when no "in"/"في"
 * /"near" stands before it, when it lies in another country than the article's, and for whole regions.
 */
function cost(m: Mention, frame: Frame, text: string, home: string | null): number {
  const view = frame.view;
  const at = tokenAt(view, m.span[0]);
  const trigger = mainTrigger(frame);
  const distance = at >= trigger.start ? at - trigger.end : (trigger.start - at) * 1.5;
  const before = text.slice(Math.max(view.span[0], m.span[0] - 14), m.span[0]);
  // "south of Tripoli", "شمال دهوك": a landmark to find the place by, not the place.
  if (REFERENCE.test(before) || DATELINE.test(text.slice(m.span[1], m.span[1] + 16))) return FOREIGN_UNMARKED;
  if (SPEECH_PLACE.test(text.slice(Math.max(view.span[0], m.span[0] - 60), m.span[0])))
    return FOREIGN_UNMARKED;
  if (namesOrigin(m, text, view.span[0])) return FOREIGN_UNMARKED;
  const locative = LOCATIVE.test(before) || LOCATIVE_HEAD.test(text.slice(m.span[0], m.span[1]));
  const foreign = home !== null && m.place?.country !== undefined && m.place.country !== home;
  // A foreign place with no "in" before it is most often a word the gazetteer mistook for a name.
  if (foreign && !locative) return FOREIGN_UNMARKED;
  // "in the town of X", "في بلدة X": the text marks the very locality.
  const marked = TOWN_MARK.test(before) ? TOWN_BONUS : 0;
  return (
    distance +
    (locative ? 0 : 3) +
    (foreign ? 6 : 0) +
    (m.place?.precision === 'region' ? 2 : 0) +
    (namesOfficeOrRoute(m, text) ? ASIDE_COST : 0) -
    marked
  );
}

const DISTRICT_AFTER = /^\s+(?:district|province|governorate)\b/i;
/** "X District of", "X, in": a town's name followed straight by the province it lies in. */
const HOMONYM_GAP = /^\s*(?:town|city|village|district)?\s*(?:,|in|of)\s+(?:the\s+)?$/i;
const POSSESSIVE_GAP = /^['’]s\s+(?:\S+\s+){0,3}$/;
/** Tokens between a town and the province named after it to say where the town lies. */
const QUALIFIER_GAP = 2;
/** "X town in Y district of Z", "X in Z province": words that put the town inside the province. */
const QUALIFIER_WORDS =
  /^\s*(?:town|city|village|district)?\s*(?:,|in|of)\s+(?:(?:the\s+)?\S+\s+(?:district|province|state|governorate|region)\s+(?:of|in)\s+)?$/i;

/**
 * "بلدة الشيخ مسكين بمحافظة درعا", "Nad Ali in Helmand province": a province named right after a town of its
 * country says where the town lies; the town is the incident's place, even a little out of reach.
 */
function qualifiedTown(ranked: Mention[], frame: Frame, places: Mention[], text: string): Mention {
  const best = ranked[0];
  // "the Patan District of Paktika Province": a province of another country names a namesake's country.
  const province = places.find((m) => m.span[0] >= best.span[1] && m.place?.precision === 'region');
  if (
    province &&
    province.place?.country !== best.place?.country &&
    HOMONYM_GAP.test(text.slice(best.span[1], province.span[0]))
  )
    return province;
  // "Kashmir's main city Srinagar": a province that owns the town named next.
  const owned = places.find((m) => m.span[0] >= best.span[1] && m.place?.precision === 'town');
  if (
    best.place?.precision === 'region' &&
    owned?.place?.country === best.place.country &&
    POSSESSIVE_GAP.test(text.slice(best.span[1], owned.span[0]))
  )
    return owned;
  // "in Rampur district": a town's name given as its district's is the province here.
  const district = DISTRICT_AFTER.test(text.slice(best.span[1], best.span[1] + 12));
  if (best.place?.precision !== 'region' && !district) return best;
  const view = frame.view;
  const at = tokenAt(view, best.span[0]);
  const town = places
    .filter(
      (m) =>
        m.place?.precision !== 'region' &&
        m.place?.precision !== 'country' &&
        m.place?.country === best.place?.country &&
        m.span[1] <= best.span[0] &&
        tokenAt(view, m.span[0]) >= frame.from &&
        !DISTRICT_AFTER.test(text.slice(m.span[1], m.span[1] + 12)),
    )
    .at(-1);
  if (!town) return best;
  const near = at - tokenAt(view, town.span[1] - 1) - 1 <= QUALIFIER_GAP;
  return near || QUALIFIER_WORDS.test(text.slice(town.span[1], best.span[0])) ? town : best;
}

const TOWN_MARK = /(?:\b(?:town|village) of\s+|(?:^|\s)[وفب]?(?:بلدة|قرية)\s+)$/i;
/** Tokens of distance a place named as a town or village is worth. */
const TOWN_BONUS = 4;

/** "بمدينة أبها", "مدينة تعز", "the town of Hader": the text itself says the name is a town's. */
function townNamed(m: Mention, text: string): boolean {
  const before = text.slice(Math.max(0, m.span[0] - 16), m.span[0]);
  return (
    LOCATIVE_HEAD.test(text.slice(m.span[0], m.span[1])) ||
    /(?:(?:^|\s)[وفب]?(?:مدينة|بلدة|قرية|مديرية|ناحية|قضاء|منطقة|قطاع)\s+|\b(?:town|city|village|district) of\s+)$/i.test(
      before,
    )
  );
}

/**
 * A country named by its adjective ("مقاتلات تركية", "Turkish jets") tells whose side, not where: a
 * nationality, unless a locative stands before it ("في السعودية").
 */
function isNationality(m: Mention, text: string): boolean {
  if (m.via === 'demonym') return true;
  if (m.place?.precision !== 'country' || m.via !== 'alias') return false;
  const surface = text.slice(m.span[0], m.span[1]);
  return /(?:ية|ي)$/.test(surface) && !LOCATIVE.test(text.slice(Math.max(0, m.span[0] - 12), m.span[0]));
}

/** Token distance within which a district is read as part of the town named after it. */
const ENCLOSING_REACH = 6;

/**
 * "حي اليرموك غربي بعقوبة", "Sultanbeyli district of Istanbul": a neighbourhood, or a foreign namesake,
 * named just before a town of the article's country stands for that town (districts fold into cities).
 */
function enclosing(
  m: Mention,
  places: Mention[],
  view: Frame['view'],
  home: string | null,
  text: string,
): Mention {
  const precision = m.place?.precision;
  const foreign = home !== null && m.place?.country !== home;
  const at = tokenAt(view, m.span[1]);
  const town = places.find(
    (p) =>
      p.span[0] >= m.span[1] &&
      tokenAt(view, p.span[0]) - at <= ENCLOSING_REACH &&
      p.place?.precision === 'town' &&
      (p.place.country === m.place?.country || p.place.country === home),
  );
  if (!town) return m;
  // "vejalpur area of ahmedabad", "Sultanbeyli district of Istanbul": the text says it lies in the town.
  const part =
    PART_OF.test(text.slice(m.span[1], town.span[0])) ||
    (DISTRICT_MARKED.test(text.slice(Math.max(0, m.span[0] - 10), m.span[0])) &&
      IN_TOWN.test(text.slice(m.span[1], town.span[0])));
  return precision === 'district' || foreign || part ? town : m;
}

/** Words that put a place inside the town named next: "area of", "district of", "في مدينة". */
export const PART_OF =
  /^\s*(?:area|areas|neighbourhood|neighborhood|district|suburb|locality|quarter|outskirts)\s+(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west|centr)(?:ern|al)\s+)?(?:city\s+of\s+)?$|^\s*(?:ب|في)\s*(?:مدينة|وسط)\s+$/i;

/** "بمديرية الشيخ في جنوب المدينة", "حي X في Y": a district or quarter the text places in the town named next. */
const DISTRICT_MARKED = /(?:^|\s)[وفب]?(?:مديرية|حي)\s+$/;
const IN_TOWN = /^\s*(?:في|ب)\s*(?:(?:شمال|جنوب|شرق|غرب|وسط)ي?\s+)?$/;

/** "a visit to India", "a flight from Kuwait": where someone goes or comes from, not where it happened. */
const DESTINATION = /\b(?:to|towards?|from)\s+(?:the\s+)?$/i;

/** A country after "in"/"في" (even "in northern Syria") first, then one after the trigger, then the rest. */
function countryRank(m: Mention, frame: Frame, text: string): number {
  const before = text.slice(Math.max(frame.view.span[0], m.span[0] - 24), m.span[0]);
  const inIt =
    LOCATIVE.test(before) ||
    /(?:\b(?:in|across)\s+(?:the\s+)?\w+(?:ern)?\s+|(?:في|ب)\s*(?:شمال|جنوب|شرق|غرب|وسط)[يى]?\s+)$/i.test(
      before,
    );
  const after = tokenAt(frame.view, m.span[0]) >= mainTrigger(frame).end;
  return inIt ? 0 : after ? 1 : 2;
}

/** "وفي الحديدة، … استهدفوا": a place that opens the clause, further back than the usual reach. */
function topicPlace(frame: Frame, places: Mention[], text: string, home: string | null): Mention[] {
  const trigger = mainTrigger(frame);
  const earlier = places.filter((m) => {
    const at = tokenAt(frame.view, m.span[0]);
    return at >= frame.from && at < trigger.start && m.via !== 'demonym' && m.place?.precision !== 'country';
  });
  const marked = earlier.filter((m) => cost(m, frame, text, home) < FOREIGN_UNMARKED);
  return marked.length > 0 && frame.family !== 'territory' ? [marked.at(-1)!] : [];
}

/**
 * Places that can stand in a list: the ranked ones, and those joined by "و"/"and" to a ranked one, which
 * share its locative ("في X وY"), but not a landmark ("شمال X").
 */
function listable(places: Mention[], frame: Frame, text: string, ranked: Mention[]): Mention[] {
  // A list may run past the trigger's reach: its first member, in reach, carries the rest.
  const inWindow = (m: Mention) => {
    const at = tokenAt(frame.view, m.span[0]);
    return at >= frame.from && at < frame.to && m.place?.precision !== 'country' && m.via !== 'demonym';
  };
  const landmark = (m: Mention) =>
    REFERENCE.test(text.slice(Math.max(frame.view.span[0], m.span[0] - 14), m.span[0]));
  const sorted = places.filter((m) => inWindow(m) && !landmark(m)).sort((a, b) => a.span[0] - b.span[0]);
  const out = [...ranked];
  sorted.forEach((m, i) => {
    const prev = sorted[i - 1];
    if (out.includes(m) || !prev || !out.includes(prev)) return;
    if (listGlue(text.slice(prev.span[1], m.span[0]), text, prev)) out.push(m);
  });
  return out;
}

/** A landmark named in a list ("X north of Y and Z"): the list goes on after it. */
const THROUGH_LANDMARK =
  /^\s*(?:(?:north|south|east|west)(?:ern)?\s+of\s+|[وب]?(?:شمال|جنوب|شرق|غرب)[يى]?\s+)\S+(?:[\s,،]|و|and)*$/i;

/** "between Tikrit and Kirkuk", "بين X و Y": two ends of one stretch of road, not two incidents. */
const BETWEEN = /(?:\bbetween|(?:^|\s)بين)\s+(?:the\s+)?(?:towns?\s+of\s+|cities\s+of\s+)?$/i;

/** Joins two places into a list, unless the first opens a "between X and Y". */
function listGlue(gap: string, text: string, prev: Mention): boolean {
  if (BETWEEN.test(text.slice(Math.max(0, prev.span[0] - 24), prev.span[0]))) return false;
  return LIST_GLUE.test(gap) || THROUGH_LANDMARK.test(gap);
}

/** The chosen place, the places listed with it, and any later list of places in the clause. */
function listedWith(first: Mention, candidates: Mention[], text: string, modifier: boolean): Mention[] {
  const later = [first, ...candidates.filter((c) => c.span[0] > first.span[0])].sort(
    (a, b) => a.span[0] - b.span[0],
  );
  // Runs of places joined by commas and "and"; the chosen place's run, and any later list of two or more
  // ("Baghdad and other cities, among them Basra, Najaf and Karbala").
  const runs: Mention[][] = [];
  for (const m of later) {
    const run = runs.at(-1);
    const prev = run?.at(-1);
    if (run && prev && listGlue(text.slice(prev.span[1], m.span[0]), text, prev)) run.push(m);
    else runs.push([m]);
  }
  // A later run of provinces after a town is a reference ("bordering Kirkuk and Salah al-Din").
  const regional = (run: Mention[]) => run.every((m) => m.place?.precision === 'region');
  // A place that names the incident before its trigger ("the Kathua killings") owns no later list: the
  // towns further on are where something else happens.
  const out = runs.flatMap((run, i) =>
    i === 0 || (!modifier && run.length > 1 && !(regional(run) && !regional(runs[0]))) ? run : [],
  );
  // "Pittsburgh, Pennsylvania": a region listed with a town of its own says where the town lies.
  const enclosingRegion = (m: Mention) =>
    m.place?.precision === 'region' &&
    !!m.place.admin1 &&
    out.some(
      (o) =>
        o.place?.precision !== 'region' &&
        o.place?.country === m.place!.country &&
        o.place?.admin1 === m.place!.admin1,
    );
  return out.filter((m, i) => out.findIndex((o) => o.entity_id === m.entity_id) === i && !enclosingRegion(m));
}

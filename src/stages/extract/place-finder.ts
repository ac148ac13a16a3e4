import { ofVisitors } from '../../core/visitor-nationality.js';
import { packedMap } from '../../core/packed-map.js';
import { sortSmall } from '../../core/small-sort.js';
import { placeRefOf } from '../../core/place-ref.js';
import type { Mention, PlaceRef } from '../../core/records.js';
import { perText } from '../../core/per-text.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';
import { bordersOn, namesBorderLine } from '../../core/place-stance.js';
import { housedIn, namesOfficeOrRoute, namesRouteEnd, notTheScene } from './place-asides.js';
import {
  enclosing,
  landmarkPlace,
  locatedPlace,
  measuredFromTown,
  namedSiteNear,
  quarterKept,
} from './reference-places.js';
import { ownedPart, qualifiedTown, townInRegion } from './region-towns.js';
import { hitSpan, tokenAt } from './sentence-view.js';
import { listable, listedWith, stretchStart } from './place-lists.js';
import { departedTown } from './flight-departure.js';
import { openingCountry } from './opening-place.js';
import { groundBeforeVerb, takesGround } from './territory-typer.js';
import { tellsUnnamedLocality } from './unnamed-locality.js';
import {
  asideOf,
  cost,
  FOREIGN_UNMARKED,
  isNationality,
  LOCATIVE,
  locativeBefore,
  TOWN_MARK,
  townNamed,
  type CostOf,
} from './place-cost.js';

const ACTOR_KINDS = new Set('state-forces armed-group party igo group organisation media person'.split(' '));
/** How far from its trigger a place may stand and still be the incident's place, in tokens. */
const REACH = { after: 14, before: 8, anaphorAfter: 5, anaphorBefore: 2, townAfter: 20, farAfter: 30 };
/**
 * What a place's words say of it, read once per mention (see `perText`): each frame of a sentence weighs the
 * sentence's places again, and a frame whose clause names none weighs them for the whole sentence too.
 */
const offTheScene = perText(notTheScene);
const routeEnd = perText(namesRouteEnd);
/** The places a frame's incident happened at: one per listed town, or the one place nearest its trigger. */
export interface FramePlaces {
  /** Most precise places; several when the clause lists towns (one event each). */
  places: PlaceRef[];
  /** Country when no place was found but the clause names a country or a nationality. */
  country: { code: string; spans: PlaceRef['spans'] } | null;
}

/**
 * Picks the incident's place(s) for a frame: named places in the frame's window, not inside an actor's
 * name, nearest after the trigger first; a list of towns joined by "and"/"و" gives one place each.
 *
 * @example findPlaces(frame, doc.text, 'YE', new Set()).places[0]?.name // 'Aden'
 */
export function findPlaces(
  frame: Frame,
  text: string,
  home: string | null,
  visitors: ReadonlySet<string>,
): FramePlaces {
  const view = frame.view;
  // Asked once here: each place's cost, the country ranking and the fallbacks below all read it.
  const trigger = mainTrigger(frame);
  const actorSpans = packedMap(
    view.mentions.filter((m) => ACTOR_KINDS.has(m.kind)),
    (m) => m.span,
  );
  const places = view.mentions.filter(
    (m) =>
      m.place &&
      !actorSpans.some((a) => a[0] <= m.span[0] && m.span[1] <= a[1] && a !== m.span) &&
      !offTheScene(m, text),
  );
  // Every reading below looks among these places: a sentence that names none places nothing.
  if (places.length === 0) return { places: [], country: null };
  // "hijacked an airliner flying from X to Y": the town the flight left, before any town nearer the trigger.
  const departed = departedTown(frame, places, text);
  if (departed) return { places: [placeRefOf(departed)], country: null };
  const reach = frame.anaphoric
    ? { after: REACH.anaphorAfter, before: REACH.anaphorBefore }
    : { after: REACH.after, before: REACH.before };
  // "the blast occurred in X" reaches a town as far as any clause does; not a route's end ("on the X-Y road").
  const told = frame.anaphoric && toldWhere(frame, text);
  const toldTown = (m: Mention) => told && m.place?.precision !== 'country' && !namesOfficeOrRoute(m, text);
  const onlyAfter = takesGround(frame);
  // "…, while clashes raged in the district of Wadi Sirr": a locality the base does not know is the scene,
  // and no town named before the trigger is; a region it may lie in still can be.
  // Read when a town before the trigger asks: most clauses name none there.
  let elsewhere: boolean | undefined;
  const displacedTown = (m: Mention) =>
    m.place?.precision !== 'region' && (elsewhere ??= tellsUnnamedLocality(frame, places, text));
  const inReach = places.filter((m) => {
    const at = tokenAt(view, m.span[0]);
    if (at < frame.from || at >= frame.to) return false;
    // "the bombing … in the town of Abha": a place named as a town reaches as far as after any trigger.
    const after = TOWN_MARK.test(text.slice(Math.max(0, m.span[0] - 16), m.span[0]))
      ? REACH.townAfter
      : townNamed(m, text) || toldTown(m)
        ? REACH.after
        : reach.after;
    if (at >= trigger.start) return at - frame.triggers.at(-1)!.end <= after;
    if (displacedTown(m)) return false;
    const gap = text.slice(m.span[1], view.tokens[trigger.start]?.span[0] ?? m.span[1]);
    return (!onlyAfter || groundBeforeVerb(frame, trigger, gap)) && trigger.start - at <= reach.before;
  });
  // The cost of a place is asked for ranking, for a town in a region, and for the fallbacks: once each.
  const costs = new Map<Mention, number>();
  const costOf: CostOf = (m) => {
    let c = costs.get(m);
    if (c === undefined) costs.set(m, (c = cost(m, frame, trigger, text, home)));
    return c;
  };
  const named = inReach.filter((m) => !isNationality(m, text));
  const local = named.filter((m) => m.place!.precision !== 'country');
  const ranked = ascending(
    local.filter((m) => costOf(m) < FOREIGN_UNMARKED),
    costOf,
  );
  // "In Marawi, the house of the Ganassi town mayor was attacked": places in reach named only aside (an
  // office's seat, a person's town, a journey's end) give way to the town the clause opens with, or the one
  // the incident is measured from.
  const aside = (m: Mention) => asideOf(m, text, view.span[0]);
  if (ranked.length > 0 && ranked.every(aside)) {
    const plain = places.filter((m) => !aside(m));
    const other = topicPlace(frame, trigger, plain, costOf, text)[0] ?? measuredFromTown(local, plain, text);
    if (other) return { places: [landmarkPlace(other, text)], country: null };
  }
  // A town in the window the text puts the incident in ("in X", or "X, <its region>"), by its cost.
  const townRank = (m: Mention, qualified: boolean) => {
    const at = tokenAt(view, m.span[0]);
    const marked = qualified || locativeBefore(m, text, 0);
    const c = costOf(m);
    return at >= frame.from && at < frame.to && marked && c < FOREIGN_UNMARKED ? c : null;
  };
  const inner =
    ranked.length > 0
      ? townInRegion(
          housedIn(qualifiedTown(ranked, frame, places, text), places, text),
          places,
          text,
          townRank,
        )
      : null;
  // "a bomb on the Lakhpur-Rampur railway two miles out of Sitapur": a route's ends in reach say only which
  // road or line; a town the clause puts the incident in further on says where on it.
  // "In Nushki, the track between Lakhpur and Adrow was bombed": else the town the clause opens with.
  const offRoute =
    inner && !frame.anaphoric && routeEnd(inner, text)
      ? offRouteTown(frame, trigger, places, text, costOf)
      : undefined;
  // "a train from Lakhpur to Rampur in Ostmark": the region holding the route's own end is no nearer.
  const holdsEnd =
    offRoute?.place?.precision === 'region' &&
    !!offRoute.place.admin1 &&
    offRoute.place.admin1 === inner?.place?.admin1;
  if (offRoute && !holdsEnd) return { places: [landmarkPlace(offRoute, text)], country: null };
  const start = inner && routeEnd(inner, text) ? stretchStart(inner, places, text) : inner;
  const head = start && enclosing(locatedPlace(start, places, text), places, view, home, text);
  const chosen = head
    ? listedWith(
        head,
        listable(places, frame, text, ranked),
        text,
        tokenAt(view, head.span[0]) < trigger.start,
      )
    : frame.anaphoric
      ? [] // "this shelling": the places before it are its antecedent's
      : topicPlace(
          frame,
          trigger,
          places.filter((m) => !displacedTown(m)),
          costOf,
          text,
        );
  const landmark =
    chosen.length === 0
      ? (namedSiteNear(local, text) ??
        (frame.anaphoric
          ? told
            ? measuredFromTown(local, places, text)
            : undefined
          : (measuredFromTown(local, places, text) ?? farTown(frame, trigger, places, text, costOf))))
      : undefined;
  if (landmark) return { places: [landmarkPlace(landmark, text)], country: null };
  // "the Kadikoy district of Istanbul": the town, its quarter kept.
  const refOf = (m: Mention) => (m === head ? quarterKept(m, start!, places, text) : placeRefOf(m));
  if (chosen.length > 0) return { places: chosen.map(refOf), country: null };
  // "in Syria" over "the United States" that struck there: a country after a locative, then after the trigger.
  // "ELN guerrillas … along the border with Venezuela": a country named as the border the scene lies by
  // gives way to the home of an armed group the sentence names, left to the article to weigh; so it does to
  // another country the clause ties its people or places to ("Ruritanian soldiers … near the border with
  // Sylvania", "a small Ruritanian town near the border with Sylvania"), the side the scene lies on. One
  // that words the line itself ("a village near the Syrian border") always does, the scene lying on the
  // near side.
  const groupHome = armedGroupIn(frame);
  const beyond = (m: Mention) =>
    namesBorderLine(m, text) ||
    (bordersOn(m, text) && (groupHome || otherSideNamed(frame, m.place?.country, visitors)));
  const countries = ascending(
    named.filter(
      (m) =>
        m.place!.precision === 'country' &&
        !DESTINATION.test(text.slice(Math.max(0, m.span[0] - 12), m.span[0])) &&
        !beyond(m),
    ),
    (m) => countryRank(m, frame, trigger, text),
  );
  if (countries.length > 0) return { places: [placeRefOf(countries[0])], country: null };
  const opening = openingCountry(frame, trigger, places, text);
  if (opening) return { places: [placeRefOf(opening)], country: null };
  // A landmark ("an air base east of Aleppo") still tells the country; a nationality can too, but not that of
  // foreigners at work or travel ("an Italian aid worker was kidnapped … the Italian was freed"): they are abroad.
  const demonym = [
    ...local,
    ...inReach.filter((m) => isNationality(m, text) && !ofVisitors(m, visitors) && !beyond(m)),
  ].find((m) => m.place?.country);
  return {
    places: [],
    country: demonym ? { code: demonym.place!.country!, spans: [demonym.span] } : null,
  };
}

/** An armed group with a home country named in the frame's sentence: "National Liberation Army guerrillas". */
function armedGroupIn(frame: Frame): boolean {
  return frame.view.mentions.some((m) => m.kind === 'armed-group' && !!m.actor?.country);
}

/**
 * A country other than `border` that the frame's own clause ties its people to: a state's forces ("Ruritanian
 * soldiers") or a nationality ("a Ruritanian town"), not that of foreigners at work or travel. The clause
 * only: a town's nationality told before "where suicide bombers struck" does not place the bombers.
 */
function otherSideNamed(
  frame: Frame,
  border: string | null | undefined,
  visitors: ReadonlySet<string>,
): boolean {
  return frame.view.mentions.some((m) => {
    const at = tokenAt(frame.view, m.span[0]);
    if (at < frame.from || at >= frame.to) return false;
    const code =
      m.kind === 'state-forces'
        ? m.actor?.country
        : m.via === 'demonym' && !ofVisitors(m, visitors)
          ? m.place?.country
          : null;
    return !!code && code !== border;
  });
}

/** "The attack took place", "the blast occurred", "الانفجار وقع في": words after a trigger that say where. */
const TOOK_PLACE =
  /^\s+(?:(?:took\s+place|occurred|happened|was\s+carried\s+out(?!\s+by))\b|(?:وقع|وقعت|حدث|حدثت)\s)/i;
/**
 * "The bodies of four farmers were found", "the body of Omar Fadel, a judge, was found": where the dead were found
 * is where they died. As far as the lexicon's "body of …14 was found" reaches, asides and commas included.
 */
const FOUND_AT =
  /^bod(?:y|ies)\b(?:[\s,]+[\w'().-]+){0,14}?[\s,]+(?:was|were)\s+(?:found|discovered|dumped)\b/i;
/** How many characters after the trigger FOUND_AT reads: fourteen words and the verb. */
const FOUND_WINDOW = 120;
/**
 * "The attack took place south of Samarra", "the bodies were found west of Ramadi": a clause that refers back
 * to an incident only to place it, by the town it is measured from as readily as by "in".
 */
function toldWhere(frame: Frame, text: string): boolean {
  const [start, end] = hitSpan(frame.view, frame.triggers.at(-1)!);
  return TOOK_PLACE.test(text.slice(end, end + 32)) || FOUND_AT.test(text.slice(start, end + FOUND_WINDOW));
}

/** A mention with the score it is sorted by. */
type Scored = { m: Mention; score: number };
const byScore = (a: Scored, b: Scored) => a.score - b.score;

/**
 * Mentions by ascending score, ties kept in order, each score asked once. One comparator for every ranking
 * here: sorts with comparators of their own inlined in findPlaces made V8 recompile it 8 times a run, now 3.
 * A list of none or one is its own order, and is given back unscored (scores are pure). The rest are pushed
 * (see `packedMap`) and sorted by `sortSmall`: the empty list `map` made took a layout of its own, on which
 * the engine's sort deoptimised findPlaces right after its first optimisation, leaving it unoptimised for
 * the passes after (cgsteady's window ran it in baseline code).
 */
function ascending(mentions: Mention[], score: (m: Mention) => number): Mention[] {
  if (mentions.length < 2) return mentions;
  const scored = packedMap(mentions, (m): Scored => ({ m, score: score(m) }));
  return packedMap(sortSmall(scored, byScore), (s) => s.m);
}

/** "a visit to India", "a flight from Kuwait": where someone goes or comes from, not where it happened. */
const DESTINATION = /\b(?:to|towards?|from)\s+(?:the\s+)?$/i;

/** A country after "in"/"في" (even "in northern Syria") first, then one after the trigger, then the rest. */
function countryRank(m: Mention, frame: Frame, trigger: PhraseHit, text: string): number {
  const before = text.slice(Math.max(frame.view.span[0], m.span[0] - 24), m.span[0]);
  const inIt =
    LOCATIVE.test(before) ||
    /(?:\b(?:in|across)\s+(?:the\s+)?\w+(?:ern)?\s+|(?:في|ب)\s*(?:شمال|جنوب|شرق|غرب|وسط)[يى]?\s+)$/i.test(
      before,
    );
  const after = tokenAt(frame.view, m.span[0]) >= trigger.end;
  return inIt ? 0 : after ? 1 : 2;
}

/**
 * "in the northeastern Syrian province of Hasaka": a nationality that is the far province's own adjective, in
 * the phrase that puts the incident there; "a town south of the Syrian city of Homs" only measures from it,
 * and "the consul in the Iranian city of Kermanshah" names a post, as a town so told often does.
 */
const PLACE_NOUN_AFTER = /^\s+(?:province|governorate|region)\s+of\s/i;
const IN_THE_BEFORE = /\b(?:in|at)\s+the\s+(?:[\w-]+\s+){0,3}$/i;
const ownAdjective = (m: Mention, text: string) =>
  PLACE_NOUN_AFTER.test(text.slice(m.span[1], m.span[1] + 24)) &&
  IN_THE_BEFORE.test(text.slice(Math.max(0, m.span[0] - 40), m.span[0]));

/**
 * "gunmen fired on a vehicle carrying journalists and workers of an aid group in Mosul": a clause that names
 * no place in reach is placed by the first town after the trigger that the text puts it in ("in", "at",
 * "near"), further on than the usual reach — unless the clause names that town's country by a nationality
 * ("a town to the south of Homs in Syria"): then the nationality places it, and the town may be no more
 * than a point of reference.
 */
function farTown(
  frame: Frame,
  trigger: PhraseHit,
  places: Mention[],
  text: string,
  costOf: CostOf,
): Mention | undefined {
  const view = frame.view;
  const inClause = (m: Mention) => {
    const at = tokenAt(view, m.span[0]);
    return at >= frame.from && at < frame.to;
  };
  const nationalities = new Set(
    view.mentions
      .filter((m) => inClause(m) && isNationality(m, text) && !ownAdjective(m, text))
      .map((m) => m.place?.country),
  );
  const far = places.find((m) => {
    const at = tokenAt(view, m.span[0]);
    return (
      inClause(m) &&
      at >= trigger.end &&
      at - trigger.end <= REACH.farAfter &&
      m.place?.precision !== 'country' &&
      m.via !== 'demonym' &&
      !nationalities.has(m.place?.country) &&
      locativeBefore(m, text, view.span[0]) &&
      costOf(m) < FOREIGN_UNMARKED
    );
  });
  // "… as he rode home in Narathiwat's Sungai Padi district": the part the far province owns is the place.
  return far && townNamedWith(ownedPart(far, places, text) ?? far, places, text);
}

/**
 * The town a clause whose place in reach is a route's end puts the incident in further on, else the town it
 * opens with, of the places that end no route. Asked only of such a clause: most have no route, and their
 * places are not weighed as ends.
 */
function offRouteTown(
  frame: Frame,
  trigger: PhraseHit,
  places: Mention[],
  text: string,
  costOf: CostOf,
): Mention | undefined {
  const offEnds = places.filter((m) => !routeEnd(m, text));
  return (
    farTown(frame, trigger, offEnds, text, costOf) ?? topicPlace(frame, trigger, offEnds, costOf, text)[0]
  );
}

/** "Miami, Florida": the town a region is named right after, when the region would stand for it. */
const townNamedWith = (region: Mention, places: Mention[], text: string) =>
  townInRegion(region, places, text, (_town, qualified) => (qualified ? 0 : null));

/** "وفي الحديدة، … استهدفوا": a place that opens the clause, further back than the usual reach. */
function topicPlace(
  frame: Frame,
  trigger: PhraseHit,
  places: Mention[],
  costOf: CostOf,
  text: string,
): Mention[] {
  const earlier = places.filter((m) => {
    const at = tokenAt(frame.view, m.span[0]);
    return at >= frame.from && at < trigger.start && m.via !== 'demonym' && m.place?.precision !== 'country';
  });
  const marked = earlier.filter((m) => costOf(m) < FOREIGN_UNMARKED);
  if (marked.length === 0 || takesGround(frame)) return [];
  // "the village of Lakhpur in Rurania district, …, and beat": the last place named may only say where.
  return [townNamedWith(qualifiedTown([marked.at(-1)!], frame, places, text), places, text)];
}

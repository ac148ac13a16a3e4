import { CIVILIANS } from '../../core/civilians.js';
import type { Document, EventRecord, PlaceRef, TimeExpression } from '../../core/records.js';
import { firstTellings, type Span } from '../../core/span.js';
import type { Stage, StageContext } from '../../core/stage.js';
import {
  nationalityTownToArticle,
  placeAtRegionTown,
  placeAtUnknownTown,
  placeFromArticle,
  placeFromSentence,
} from './article-place.js';
import { digestStories, storyOf, type Story } from './digest-stories.js';
import { townOfQuarter } from './quarter-of-town.js';
import { articleCountry } from './article-country.js';
import { toldAsAnchor, undateAnchor } from './anchor-incident.js';
import { ownRun, runAsSpan } from './day-runs.js';
import { olderOwnDate } from './past-perfect.js';
import { datelinePlace, offWireDateline, readDateline, toDatelineCountry } from './dateline-reader.js';
import { carriedDate, namedByPlace, sentenceIndex, toldAtOf } from './carried-date.js';
import { doneBeforeCaught } from './caught-doer.js';
import { recalledAsMemory } from './recalled-incident.js';
import { datedBeforeTold } from './days-before.js';
import { toldEarlier } from './time-before.js';
import { locateCountryPlace } from './country-coordinates.js';
import { placeAlongCrossBorderRoute } from './cross-border-route.js';
import { confidenceOf, eventId } from './event-scorer.js';
import { DAY_MS } from '../../core/day-ms.js';
import { dateRef } from '../../core/record-refs.js';
import { foldLead, mergeIncidents, type Placed } from './incident-merger.js';
import { foldStrikeEchoes } from './strike-echo.js';
import {
  answerRole,
  casualtyOfKnownIncident,
  definite,
  demonstrative,
  inSameOperation,
  landmarksOf,
  onlyCasualty,
  placedByNationality,
  quotationOf,
  retellsWithOthers,
  tellsMoreVictims,
  toldAlongside,
  toldAsAlly,
  headingLine,
  toldAsBareAttack,
  toldAsMutual,
  toldAsSeparate,
} from './mention-traits.js';
import { toldPlace } from './told-place.js';
import { diedInBattle, placeBattleDead } from './battle-dead.js';
import { judgeTiming } from './timing-judge.js';
import { markRecalledYears } from './undated-article.js';
import { SINCE } from './told-day.js';
import { foldTownDays } from './town-day.js';
import { foldRetoldIncidents } from './retold-incident.js';
import { heldOnTheirWay } from './incident-kinds.js';
import { partOfName, roundUpToll } from './placed.js';
import { withoutRoundUpLeads } from './round-up-lead.js';
import { withoutSeriesLeads } from './series-lead.js';
import { withoutSummedLeads } from './summed-lead.js';
import { unpointedIncidents } from './unpointed-incidents.js';
import { doerInDoubt, hearsayDoer } from './doubted-doer.js';
import { groundStriker } from './grounded-striker.js';
import { crowdOfScene } from './crowd-country.js';
import { abductedCivilians } from './abducted-civilians.js';
import { rebelsNamed } from './rebels-named.js';
import { statesByPhrase, withSideIds } from '../../core/sides-by-name.js';
import { dayNamedLater, undatedLead } from './day-named-incident.js';
import { trucePlace } from './truce-place.js';
import { namesakeAtHome } from './namesake-abroad.js';
import { placeWithinThenBorders } from './then-borders.js';
import { tollsOfTownIncidents } from './town-toll.js';
import { tollAsOutcome } from './outcome-toll.js';
import { offDestination, placeAtDeparture } from './destination.js';
import { placeAtJourneyEnd } from './journey-town.js';
import { placeFromNextTelling, sceneAfterRoute } from './next-town.js';
import { placeWith } from '../../core/place-ref.js';
import { packedMap } from '../../core/packed-map.js';
import { namedWeapon } from './named-weapon.js';
import { countsSeveral, pluralTrigger } from './several-incidents.js';

/** The fields of an event that point to their words. */
const EVIDENCED_FIELDS = [
  'event_type',
  'sub_event_type',
  'date',
  'timing',
  'location',
  'actor1',
  'actor2',
  'claimed_by',
  'fatalities',
  'injuries',
] as const;
/** "the town of X", "بلدة X": the text itself says the place is a town or village. */
const TOWN_MARK = /(?:\b(?:town|village|city) of\s+|(?:^|\s)[وفب]?(?:بلدة|قرية)\s+)$/i;
/**
 * "X town in Idlib", "X village in the northern countryside", "X town 10 km north of Y": the same said after
 * the name, with where the town lies ("the chief of X village" may name an office, not the scene).
 */
const TOWN_MARK_AFTER = /^\s+(?:town|village),?\s+(?:in|of|near|\d+\s*km)\b/i;
function townMarked(text: string, span: Span | undefined): boolean {
  return (
    span !== undefined &&
    (TOWN_MARK.test(text.slice(Math.max(0, span[0] - 16), span[0])) ||
      TOWN_MARK_AFTER.test(text.slice(span[1], span[1] + 20)))
  );
}

/**
 * "Raqqa province", "the province of Hama", "ريف حلب", "محافظة إدلب": a name the text uses for the province,
 * not the town.
 */
const PROVINCE_AFTER = /^\s*(?:province|governorate|countryside)\b/i;
const PROVINCE_BEFORE = /(?:(?:^|\s)[وفب]?(?:محافظة|ريف|ولاية)|\b(?:province|governorate) of)\s+$/i;

function provinceNamed(text: string, span: Span | undefined): boolean {
  if (span === undefined) return false;
  return (
    PROVINCE_AFTER.test(text.slice(span[1], span[1] + 16)) ||
    PROVINCE_BEFORE.test(text.slice(Math.max(0, span[0] - 16), span[0]))
  );
}

/** "in parts of the city": the town a local report is filed from. */
const THE_CITY = /\b(?:of|in|across) the city\b/i;
/** A clause that opens by placing its incident vaguely before the news. */
const EARLIER = /^\s*(?:earlier|في وقت سابق)\b/i;
/** How far before a date its "since" may stand (characters). */
const SINCE_REACH = 60;

/**
 * The resolve stage: merges the mentions of one incident into one event, dates undated news against the
 * publication date, judges current vs historical, fills a missing country from the article, and gives
 * each event its id (`e-<hash 12>-<n>`) and confidence.
 *
 * @example
 * const stage = createResolveStage();
 * stage.run(doc, { referenceDate: null }); // doc.events[0].id === 'e-3f2a9c0d1e2b-1'
 */
export function createResolveStage(): Stage {
  return {
    name: 'resolve',
    reads: ['events', 'text', 'sentences', 'mentions', 'times', 'published', 'genre', 'content_hash'],
    writes: ['events'],
    run(doc, ctx) {
      doc.events = resolveEvents(doc, ctx);
    },
  };
}

/** The resolved events of a document whose `events` hold the extract stage's mentions. */
export function resolveEvents(doc: Document, ctx: StageContext): EventRecord[] {
  // An article the extract stage found no incident in has nothing to merge, date or place: the reading of
  // its dateline, digest items and country below would be thrown away.
  if (!doc.events?.length) return [];
  const text = doc.text ?? '';
  // Lists built here are pushed, not mapped (see `packedMap`): mapped, they turned holey once this function
  // was optimised, and every reader of them after was deoptimised and recompiled.
  const starts = packedMap(doc.sentences ?? [], (s) => s.span[0]);
  const reference = doc.published?.value?.slice(0, 10) ?? ctx.referenceDate;
  const times = doc.times ?? [];
  const placed: Placed[] = packedMap(doc.events ?? [], (event) => {
    if (toCome(event.date, reference, times) || countedFrom(event, text)) event.date = null;
    else if (toldAsAnchor(event, text)) undateAnchor(event, reference);
    event.date = olderOwnDate(event, text, times) ?? runAsSpan(event.date, times);
    offWireDateline(event, doc);
    const at = sentenceIndex(starts, event.evidence[0]?.[0] ?? 0);
    const weapon = namedWeapon(text, event.event_type?.spans[0]);
    return {
      event,
      first: at,
      last: at,
      anaphoric: definite(text, event.event_type?.spans[0]) || casualtyOfKnownIncident(event, text),
      demonstrative: demonstrative(text, event.event_type?.spans[0]),
      namedBomb: weapon === 'bomb',
      namedGun: weapon === 'gun',
      townMarked: townMarked(text, event.location?.spans[0]),
      provinceNamed: provinceNamed(text, event.location?.spans[0]),
      toldPlace: toldPlace(event, text),
      nationalityPlace: placedByNationality(event, doc),
      moreVictims: tellsMoreVictims(event, text),
      fullerToll: retellsWithOthers(event, text),
      separate: toldAsSeparate(event, text),
      sameOperation: inSameOperation(event, text),
      onTheirWay: heldOnTheirWay(event, text),
      alongside: toldAlongside(event, text),
      quotation: quotationOf(event, text),
      onlyCasualty: onlyCasualty(event, text),
      landmarks: landmarksOf(event, doc),
      mutual: toldAsMutual(event, text),
      ally: toldAsAlly(event, text),
      partOf: partOfName(event, text),
      bareAttack: toldAsBareAttack(event, text),
      battleDead: diedInBattle(event, text),
      answer: answerRole(event, text),
      several: countsSeveral(event, text),
      plural: pluralTrigger(event, text),
      earlier: toldEarlier(event, text),
      title: at === 0 && headingAt(text, doc.sentences ?? [], 0),
      section: lastHeading(text, doc.sentences ?? [], at),
      recalled: recalled(event.date, reference),
      reportDay: event.date?.precision === 'day' && event.date.value === reference,
    };
  });
  const { town: datelineTown, country: datelineCountry } = readDateline(doc);
  // A report filed from a town calls that town "the city" (below); another, the town it told last.
  if (!datelineTown) placeInTheCity(placed, text);
  sceneAfterRoute(placed, doc);
  const merged = foldStrikeEchoes(
    foldLead(mergeIncidents(withoutSummedLeads(withoutSeriesLeads(placed, doc), doc))),
    text,
  );
  placeBattleDead(merged);
  // The article's country is read from every place it names: asked only once an incident needs it.
  let fallback: PlaceRef | null | undefined;
  const articleFallback = () => (fallback === undefined ? (fallback = articleCountry(doc)) : fallback);
  for (const { event } of merged) {
    if (!datelineTown || hasTown(event)) continue;
    // A crowd the clause does not place, in a report filed from a town: the town's crowd.
    const crowd = CROWD.has(event.event_type?.value ?? '') && event.timing?.value !== 'historical';
    const sameCountry = !event.location || event.location.country === datelineTown.country;
    // "a grenade went off in one part of the city": a report's unnamed city is its dateline's town.
    if (sameCountry && (crowd || saysTheCity(event, text))) event.location = datelineTown;
  }
  const pointed = merged.filter((item) => pointsAtSomething(item.event));
  const unpointed = pointed.length > 0 ? [] : unpointedIncidents(merged, datelineCountry !== null, doc);
  const kept = withoutRoundUpLeads(pointed.length > 0 ? pointed : unpointed, text);
  const towned = kept.filter((item) => hasTown(item.event));
  // Where the article places its incidents, one it cannot place is most often background or a round-up
  // figure; the strategic kinds (arrests, truces) are told country-wide and stay.
  const stays = (item: Placed) =>
    hasTown(item.event) || countryWide(item.event) || toldApart(item.event, towned, text);
  const placedOrApart = towned.length > 0 ? tollsOfTownIncidents(kept, stays).filter(stays) : kept;
  const told = placedOrApart.filter((item) => !toldAgainLater(item, placedOrApart));
  const toldAt = toldAtOf(merged, starts);
  const carried = new Set<Placed>();
  for (const item of told) {
    const event = item.event;
    const remembered = recalledAsMemory(text, event);
    const background =
      remembered || namedByPlace(text, event) || toldAsAnchor(event, text) || doneBeforeCaught(event, text);
    if (remembered) event.timing = { value: 'historical', spans: [...(event.event_type?.spans ?? [])] };
    // "… killed 25, a monitor said on Wednesday. … which side flew the Tuesday raids": the lead's own day.
    const namedDay =
      item === told[0] && !background && undatedLead(event, text) ? dayNamedLater(event, doc) : null;
    if (namedDay) event.date = namedDay;
    if (!event.date && event.timing?.value !== 'historical' && !background) {
      carried.add(item);
      event.date = carriedDate(merged, toldAt, merged.indexOf(item), doc, datelineTown !== null);
      // "earlier, police fired …": vague recency gives the month, not the day it is carried from.
      const words = text.slice(event.evidence[0]?.[0] ?? 0, event.evidence[0]?.[1] ?? 0);
      if (event.date?.precision === 'day' && EARLIER.test(words)) {
        event.date = dateRef(event.date.value.slice(0, 7), 'month', event.date.spans, event.date.basis);
      }
    }
    event.timing = judgeTiming(event, reference, times);
  }
  // Once every incident has its day: a day or two before the one it is told "a day after" (still current).
  datedBeforeTold(told, carried, text, reference);
  if (reference === null) markRecalledYears(packedMap(told, (item) => item.event));
  // A digest's item is its own article: no item lends its country or towns to another.
  const stories = digestStories(doc, articleCountry);
  // Under a chronology's dateline the entry's country is the dateline's, whatever nationalities it names.
  const countryOfStory = (story: Story | null): PlaceRef | null =>
    story ? story.country : datelineCountry ? datelinePlace(datelineCountry) : articleFallback();
  // Days carried from the lead or the report date join a town's tellings of the day into one event.
  const incidents = foldTownDays(told, text);
  const spans = packedMap(doc.sentences ?? [], (s) => s.span);
  const events = packedMap(incidents, (item) => item.event);
  // Where each incident was told before the dateline, the article or the next telling placed it.
  const placeAsTold = new Map(incidents.map((item) => [item, item.event.location]));
  const resolved = incidents.map((item) => {
    const event = item.event;
    offDestination(event, doc);
    if (datelineCountry) toDatelineCountry(event, datelineCountry, doc);
    placeAtDeparture(event, doc);
    if (doerInDoubt(event, events, text, spans) || hearsayDoer(event, text, spans)) event.actor1 = null;
    groundStriker(event, text, doc.mentions ?? []);
    const story = storyOf(stories, event);
    // Weighed only for an event it may place: the article's country reads every mention it names.
    const storyCountry = mayTakeStoryCountry(event) ? countryOfStory(story) : null;
    if (!event.location && storyCountry) event.location = storyCountry;
    event.location = trucePlace(event, storyCountry);
    nationalityTownToArticle(event, story?.doc ?? doc, storyCountry);
    if (towned.length === 0) placeFromArticle(event, story?.doc ?? doc, storyCountry);
    else placeFromSentence(event, story?.doc ?? doc);
    // A round-up's toll is its incidents' together: no one town of the region takes it.
    if (!roundUpToll(item)) placeAtRegionTown(event, story?.doc ?? doc);
    placeAtUnknownTown(event, doc);
    placeAtJourneyEnd(event, story?.doc ?? doc);
    placeAlongCrossBorderRoute(event, doc);
    townOfQuarter(event, story?.doc ?? doc);
    namesakeAtHome(event, story?.doc ?? doc);
    placeWithinThenBorders(event, doc.mentions ?? []);
    locateCountryPlace(event, doc.mentions ?? []);
    return event;
  });
  placeFromNextTelling(resolved, doc);
  // Only now placed where they happened, two tellings of one incident may show as one (a review of the papers).
  const once = packedMap(
    foldRetoldIncidents(incidents, (item) => placeAsTold.get(item) ?? null),
    (item) => item.event,
  );
  once.forEach((event, i) => (event.id = eventId(doc.content_hash ?? '', i)));
  const states = statesByPhrase(doc.mentions ?? []);
  for (const event of once) {
    crowdOfScene(event, doc.mentions ?? []);
    abductedCivilians(event, text);
    rebelsNamed(event, text, doc.mentions ?? []);
    event.confidence = confidenceOf(event);
    withSideIds(event, states);
    for (const field of EVIDENCED_FIELDS) {
      const value = event[field];
      if (value) value.spans = firstTellings(value.spans);
    }
  }
  return once;
}

/**
 * Whether the country of the story (its dateline's, or the article's) may still place an event: one with no
 * place, only a country, or a town the base does not know, whose country a nationality may have given. Every
 * reader of that country below (`trucePlace`, `nationalityTownToArticle`, `placeFromArticle`) leaves a known
 * town or area where it is.
 */
function mayTakeStoryCountry(event: EventRecord): boolean {
  const loc = event.location;
  return !loc || loc.precision === 'country' || (loc.precision === 'town' && loc.entity_id === null);
}

/** Sentence `k` is a heading: no full stop, on a line of its own (the title when k is 0). */
function headingAt(text: string, sentences: { span: Span }[], k: number): boolean {
  const [before, heading, after] = [sentences[k - 1]?.span, sentences[k]?.span, sentences[k + 1]?.span];
  if (!heading || !after || !text.slice(heading[1], after[0]).includes('\n')) return false;
  return (!before || text.slice(before[1], heading[0]).includes('\n')) && headingLine(text, heading);
}

/** The last section heading before sentence `at` (its index), or -1. */
function lastHeading(text: string, sentences: { span: Span }[], at: number): number {
  for (let k = at - 1; k > 0; k--) if (headingAt(text, sentences, k)) return k;
  return -1;
}

/**
 * "A bomb was defused in Kirkuk. Elsewhere in the city, gunmen killed three policemen.": "the city" of a
 * telling the clause places nowhere else is the town told last before it. A telling that neither dates nor
 * counts anything ("terrorists regularly shell the city") is background, and stays unplaced.
 */
function placeInTheCity(placed: Placed[], text: string): void {
  const towns: PlaceRef[] = [];
  for (const { event } of placed) {
    const town = towns.at(-1);
    const anchored = event.date !== null || event.fatalities !== null || event.injuries !== null;
    if (!hasTown(event) && anchored && town && saysTheCity(event, text))
      event.location = placeWith(town, town.country, [...town.spans]);
    if (event.location?.precision === 'town') towns.push(event.location);
  }
}

/** Days before publication beyond which an incident's own day makes it one the article recalls. */
const RECALL_DAYS = 14;

function recalled(date: EventRecord['date'], reference: string | null): boolean {
  if (date?.precision !== 'day' || !reference) return false;
  return Date.parse(reference) - Date.parse(date.value) > RECALL_DAYS * DAY_MS;
}

/**
 * "a rally for the June 3 poll": a day after the report is what is to come, not the incident's day; so is
 * a run not over by then ("خلال شهر شوال الجاري"), whose part to come names no day of the incident.
 */
function toCome(
  date: EventRecord['date'],
  reference: string | null,
  times: readonly TimeExpression[],
): boolean {
  if (date === null || reference === null) return false;
  const end = ownRun(date, times)?.end;
  return (
    date.value > reference.slice(0, date.value.length) ||
    (end !== undefined && end > reference.slice(0, end.length))
  );
}

/**
 * "the deadliest attack since the war began in March 2011": a date the clause counts a span of time from,
 * after the incident's words, is where the span starts, not the day of the incident. An incident told
 * inside the span's words ("since it seized the city on 10 June 2014") is dated by them.
 */
function countedFrom(event: EventRecord, text: string): boolean {
  const at = event.date?.spans[0]?.[0];
  const trigger = event.event_type?.spans[0];
  if (at === undefined || trigger === undefined) return false;
  const from = Math.max(0, at - SINCE_REACH);
  const since = SINCE.exec(text.slice(from, at));
  return since !== null && trigger[1] <= from + since.index;
}

/**
 * An incident the text places or dates, counts, or pins on a named side. A bare "the attack" that
 * joined nothing told before is a reference to something the article does not tell: no event. The
 * civilians a mosque or a market names are no side it is pinned on ("the bombing of the mosque").
 */
function pointsAtSomething(e: EventRecord): boolean {
  const local = e.location !== null && e.location.precision !== 'country';
  const named = [e.actor1, e.actor2, e.claimed_by].some(
    (a) => a?.entity_id && a.entity_id !== CIVILIANS.entity_id,
  );
  return local || e.date !== null || e.fatalities !== null || e.injuries !== null || named;
}

const COUNTRY_WIDE = new Set(['Strategic developments']);
const CROWD = new Set(['Riots', 'Protests']);

/** Arrests and truces, and an earlier incident the text recalls (by the victims' nationality, say). */
function countryWide(e: EventRecord): boolean {
  return COUNTRY_WIDE.has(e.event_type?.value ?? '') || e.timing?.value === 'historical';
}

/**
 * "A gas attack on Tuesday left 80 villagers dead", "the raids followed a bombing that
 * killed 12": an incident the text dates to its own day and counts the dead of, or tells with its toll as
 * its outcome, is news of its own, wherever it happened — unless the article places an incident of its
 * kind (then it is most often that incident's summary, told before its town).
 */
function toldApart(e: EventRecord, towned: Placed[], text: string): boolean {
  const dated = e.date?.precision === 'day' && e.date.spans.length > 0 && e.fatalities !== null;
  const own = dated || tollAsOutcome(e, text);
  const sub = e.sub_event_type?.value;
  return own && !towned.some((item) => item.event.sub_event_type?.value === sub);
}

/**
 * "A week after a deadly gas attack, …" and then "A gas attack on Tuesday left 80 villagers
 * dead": an incident named as background, with no day, toll or town of its own, is the one the article
 * tells as news with the same type, in the same country.
 */
function toldAgainLater(item: Placed, items: Placed[]): boolean {
  const e = item.event;
  if (e.timing?.value !== 'historical' || e.date || e.fatalities || e.injuries || hasTown(e)) return false;
  const sub = e.sub_event_type?.value;
  const country = e.location?.country;
  return items.some(
    (other) =>
      other !== item &&
      other.event.timing?.value !== 'historical' &&
      other.event.sub_event_type?.value === sub &&
      (!country || other.event.location?.country === country),
  );
}

/**
 * Whether a sentence telling `event` speaks of "the city" (THE_CITY): asked last, of an event a town may
 * still place, as the pattern runs over each of its sentences.
 */
function saysTheCity(event: EventRecord, text: string): boolean {
  return event.evidence.some((s) => THE_CITY.test(text.slice(s[0], s[1])));
}

function hasTown(e: EventRecord): boolean {
  return e.location !== null && e.location.precision !== 'country';
}

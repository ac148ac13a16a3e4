import { wordSet } from '../../core/text/word-set.js';
import { placeRefOf, placeWith, samePlace } from '../../core/place-ref.js';
import type { EventRecord, Mention, PlaceRef } from '../../core/records.js';
import { namesOrigin } from '../../core/place-stance.js';
import { PART_OF_TOWN } from '../../core/text/part-of-words.js';
import type { Frame } from './frame-builder.js';
import type { SentenceView } from './sentence-view.js';

// What a round-up of incidents town by town ("in sitapur town, mobs pelted stones at shops … tension had gripped
// the town after a bus was stoned") tells once and leans on after: the town it is in, and which town a
// named area lies in.

/** "jambusar area of bharuch district": the area lies in a district, and is the more precise place. */
const DISTRICT_AFTER = /^\s+(?:district|province|state|governorate)\b/i;

/**
 * "the tension in vejalpur area of ahmedabad": areas the article places in a town, by the area's entity id,
 * so that "this sensitive area of vejalpur" later stands for Ahmedabad too.
 *
 * @example townsOfAreas(doc.mentions, doc.text).get(vejalpur.entity_id)?.name // 'Ahmedabad'
 */
export function townsOfAreas(mentions: readonly Mention[], text: string): Map<string, Mention> {
  const places = mentions.filter((m) => m.place && m.place.precision !== 'country');
  const towns = new Map<string, Mention>();
  places.forEach((m, i) => {
    const next = places[i + 1];
    if (
      next?.place?.precision === 'town' &&
      next.place.country === m.place!.country &&
      next.entity_id !== m.entity_id &&
      !towns.has(m.entity_id) &&
      !DISTRICT_AFTER.test(text.slice(next.span[1], next.span[1] + 12)) &&
      PART_OF_TOWN.test(text.slice(m.span[1], next.span[0]))
    )
      towns.set(m.entity_id, next);
  });
  return towns;
}

/** An event placed at an area the article has put in a town is placed at that town, from both names. */
export function foldArea(record: EventRecord, towns: ReadonlyMap<string, Mention>): void {
  const town = record.location?.entity_id ? towns.get(record.location.entity_id) : undefined;
  if (!town || !record.location) return;
  const ref = placeRefOf(town);
  record.location = placeWith(ref, ref.country, [...record.location.spans, town.span]);
}

/** "in the town", "area of the city": a town told before, named again by its noun ("the town of X" names one). */
const TOWN_ANAPHOR = /\b(?:in|of|at|near|across)\s+the\s+(?:town|city)\b(?!\s+of\b)/i;

/**
 * "in sitapur town, mobs pelted stones at shops. tension had gripped the town after a bus was stoned":
 * an incident whose sentence names no place below a country's takes the town of the incident told just
 * before, when that one had a single town (of the same country, if the incident has one).
 *
 * @example carryTown(record, view, previousSentenceEvents, doc.text) // record.location.name === 'Borsad'
 */
export function carryTown(
  record: EventRecord,
  view: SentenceView,
  previous: readonly EventRecord[],
  text: string,
): boolean {
  const own = record.location;
  // "… the communal violence in gujarat, a man was stabbed in the zahurpura area of the town": the town the
  // sentence points back to, not the state it names in passing.
  const backToTown = own?.precision === 'region' && TOWN_ANAPHOR.test(text.slice(...view.span));
  if (own && own.precision !== 'country' && !backToTown) return false;
  // "people from every corner of kheda": where a crowd came from places nothing.
  const placed = (m: Mention) =>
    m.place && m.place.precision !== 'country' && m.via !== 'demonym' && !namesOrigin(m, text, view.span[0]);
  if (!backToTown && view.mentions.some(placed)) return false;
  const towns = previous.map((e) => e.location).filter((l): l is PlaceRef => l !== null);
  const town = towns[0];
  if (!town || town.precision === 'country' || towns.length !== previous.length) return false;
  if (towns.some((l) => l.entity_id !== town.entity_id)) return false;
  if (own && own.country !== town.country) return false;
  record.location = placeWith(town, town.country, [...town.spans]);
  return true;
}

/** Types one act of violence can be told as; an arrest or a protest after it is an incident of its own. */
const VIOLENT = new Set(['Riots', 'Violence against civilians', 'Battles', 'Explosions/Remote violence']);

/**
 * An incident placed only by the one told before it, on the same day (or on none), is that incident told
 * again: its sentence joins the earlier one's evidence, and a side or toll the earlier one lacked is taken.
 *
 * @example foldRetelling(jambusarRiot, stabbingRecord) // true; jambusarRiot.evidence has both sentences
 */
export function foldRetelling(last: EventRecord, record: EventRecord): boolean {
  if (record.date && record.date.value !== last.date?.value) return false;
  if (!VIOLENT.has(last.event_type?.value ?? '') || !VIOLENT.has(record.event_type?.value ?? ''))
    return false;
  last.evidence = [
    ...last.evidence,
    ...record.evidence.filter((s) => !last.evidence.some((e) => e[0] === s[0])),
  ];
  last.actor1 ??= record.actor1;
  last.actor2 ??= record.actor2;
  last.fatalities ??= record.fatalities;
  last.injuries ??= record.injuries;
  return true;
}

/** "seized the town", «سيطر التنظيم على المدينة»: a town named again by its noun alone. */
const TOWN_NOUN = /^(?:town|city|village|[وفب]?(?:ال|لل)(?:مدينه|بلده|قريه))$/;
/** What stands before ground taken: its verb ("seized the town", "control of the town") or «على». */
const TAKEN_BEFORE =
  /^(?:seized|captured|took|taken|overran|overrun|stormed|entered|retook|recaptured|liberated|of|علي)$/;

/**
 * Ground taken that the clause names only by its noun ("the group seized the town overnight") is the town
 * of the incident told just before, its noun as the evidence; a sentence that names a town of its own
 * ("fled Fallujah … control of the areas near the city") points at that one instead.
 *
 * @example groundToldBack(frame, qaryatayn)?.name // 'Al-Qaryatayn'
 */
export function groundToldBack(frame: Frame, townBefore: PlaceRef | null): PlaceRef | null {
  const view = frame.view;
  if (frame.family !== 'territory' || !townBefore) return null;
  if (view.mentions.some((m) => m.place?.precision === 'town')) return null;
  const tokens = view.tokens;
  for (let i = frame.from + 1; i < frame.to; i++) {
    if (!TOWN_NOUN.test(tokens[i].norm) || tokens[i + 1]?.norm === 'of') continue;
    const english = /^[a-z]/.test(tokens[i].norm);
    const taker = english ? tokens[i - 2] : tokens[i - 1];
    if (english && tokens[i - 1].norm !== 'the') continue;
    if (!taker || !TAKEN_BEFORE.test(taker.norm)) continue;
    if (taker.norm === 'of' && tokens[i - 3]?.norm !== 'control') continue;
    return placeWith(townBefore, townBefore.country, [...townBefore.spans, tokens[i].span]);
  }
  return null;
}

/**
 * The one town the events told hold; when they hold none, the one town the sentence before names ("… the
 * people of Palmyra. The group seized the city overnight"); null when there is none or there are several.
 */
export function oneTown(events: readonly EventRecord[], sentenceBefore?: SentenceView): PlaceRef | null {
  // Counted loops, not arrays mapped and filtered: asked for every sentence with frames, and most find none.
  let town: PlaceRef | null = null;
  for (let i = 0; i < events.length; i++) {
    const place = events[i].location;
    if (place?.precision !== 'town') continue;
    if (town === null) town = place;
    else if (!samePlace(place, town)) return null;
  }
  if (town) return town;
  const mentions = sentenceBefore?.mentions ?? [];
  let named: Mention | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.place?.precision !== 'town' || m.via === 'demonym') continue;
    if (named === null) named = m;
    else if (m.entity_id !== named.entity_id) return null;
  }
  return named && placeRefOf(named);
}

/**
 * The one country the events told hold, or null when they hold none or several: «قصف مركز في جازان. وقتل
 * جنديان في جنوب البلاد» — the soldiers in "the south of the country" are that country's.
 *
 * @example oneCountry([jazanShelling]) // 'SA'
 */
export function oneCountry(events: readonly EventRecord[]): string | null {
  let code: string | null = null;
  for (let i = 0; i < events.length; i++) {
    const country = events[i].location?.country ?? null;
    if (country === null) continue;
    if (code === null) code = country;
    else if (country !== code) return null;
  }
  return code;
}

/** «البلاد», «بالبلاد»: "the country", named back by its noun alone (folded form). */
const THE_COUNTRY = wordSet('البلاد', 'و ف ب');
/** «خارج البلاد»: outside the country, the one place the clause is not. */
const OUTSIDE = wordSet('خارج', 'و ف م ن');

/**
 * «في شرق البلاد», «جنوبي البلاد»: the clause places its incident in "the country" the story is about,
 * by the noun alone — not «خارج البلاد», outside it.
 *
 * @example namesTheCountry(frame) // true for «اقتحم انتحاري مركزا للدرك في شرق البلاد»
 */
export function namesTheCountry(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  for (let i = frame.from; i < frame.to; i++)
    if (THE_COUNTRY.has(tokens[i].norm) && !OUTSIDE.has(tokens[i - 1]?.norm ?? '')) return true;
  return false;
}

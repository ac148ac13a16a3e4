// The first reading of each mention the extract stage found: its own date set straight, and what the merger
// needs to know of its words (see `Placed`).
import type { Document, EventRecord, TimeExpression } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { DAY_MS } from '../../core/day-ms.js';
import { packedMap } from '../../core/packed-map.js';
import { toldAsAnchor, undateAnchor } from './anchor-incident.js';
import { ownRun, runAsSpan } from './day-runs.js';
import { olderOwnDate } from './past-perfect.js';
import { offWireDateline } from './dateline-reader.js';
import { sentenceIndex } from './carried-date.js';
import { diedInBattle } from './battle-dead.js';
import { heldOnTheirWay } from './incident-kinds.js';
import { partOfName, type Placed } from './placed.js';
import { timeBefore, toldEarlier } from './time-before.js';
import { toldPlace } from './told-place.js';
import { toldAsBareBombardment } from './bare-bombardment.js';
import { dayOfPluperfectClause } from './pluperfect-clause-day.js';
import { SINCE } from './told-day.js';
import { namedWeapon } from './named-weapon.js';
import { countsSeveral, pluralTrigger } from './several-incidents.js';
import { landmarksOf, placeMeasuredFrom } from './landmarks.js';
import { namesOneWithOthers, retellsWithOthers, tellsMoreVictims } from './added-victims.js';
import {
  answerRole,
  casualtyOfKnownIncident,
  definite,
  demonstrative,
  headingLine,
  inSameOperation,
  onlyCasualty,
  placedByNationality,
  quotationOf,
  toldAlongside,
  toldAsAlly,
  toldAsBareAttack,
  toldAsMutual,
  toldAsSeparate,
  toldAsTurn,
} from './mention-traits.js';

/**
 * Each of the document's mentions as the merger reads it: a date the clause only counts from, or one still to
 * come, dropped; an anchor incident's day undone; a run of days narrowed to its own day; and the traits of its
 * words. `starts` are the sentences' first offsets; `reference` the day of publication (or the run's).
 *
 * @example readMentions(doc, [0, 34], '2024-05-02')[0].first === 0
 */
export function readMentions(doc: Document, starts: readonly number[], reference: string | null): Placed[] {
  const text = doc.text ?? '';
  const times = doc.times ?? [];
  // Pushed, not mapped (see `packedMap`): a mapped list turned holey once the caller was optimised.
  return packedMap(doc.events ?? [], (event) => {
    if (
      toCome(event.date, reference, times) ||
      countedFrom(event, text) ||
      dayOfPluperfectClause(event, text)
    )
      event.date = null;
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
      areaNamed: areaNamed(text, event.location?.spans[0]),
      toldPlace: toldPlace(event, text),
      nationalityPlace: placedByNationality(event, doc),
      measuredFrom: placeMeasuredFrom(event, text),
      moreVictims: tellsMoreVictims(event, text),
      fullerToll: retellsWithOthers(event, text),
      namedWithOthers: namesOneWithOthers(event, text),
      separate: toldAsSeparate(event, text),
      turn: toldAsTurn(event, text),
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
      bareBombardment: toldAsBareBombardment(event, text),
      battleDead: diedInBattle(event, text),
      answer: answerRole(event, text),
      several: countsSeveral(event, text),
      plural: pluralTrigger(event, text),
      earlier: toldEarlier(event, text),
      hoursBefore: timeBefore(event, text)?.unit === 'hour',
      title: at === 0 && headingAt(text, doc.sentences ?? [], 0),
      section: lastHeading(text, doc.sentences ?? [], at),
      recalled: recalled(event.date, reference),
      reportDay: event.date?.precision === 'day' && event.date.value === reference,
    };
  });
}

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

/** "Northern Homs", "rural Idlib": a side of the named place, written before its name. */
const AREA_BEFORE = /\b(?:(?:north|south)(?:[- ]?(?:east|west))?ern|eastern|western|central|rural)\s+$/i;

function areaNamed(text: string, span: Span | undefined): boolean {
  return span !== undefined && AREA_BEFORE.test(text.slice(Math.max(0, span[0] - 20), span[0]));
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

/** How far before a date its "since" may stand (characters). */
const SINCE_REACH = 60;

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

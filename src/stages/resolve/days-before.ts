import { packedMap } from '../../core/packed-map.js';
import type { ActorRef, DateRef, EventRecord, TimeExpression } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { DAY_MS } from '../../core/day-ms.js';
import { dateRef } from '../../core/record-refs.js';
import { UNIT_DAYS } from '../../core/text/time-span-words.js';
import type { Placed } from './placed.js';
import { isHistorical } from './timing-judge.js';
import { timeBefore, type TimeBefore } from './time-before.js';

/** The bases of a day carried from the article's own date, not from an incident told before. */
const FROM_REFERENCE = new Set(['publication date', 'retrieval date']);

/** Characters of a date's value each precision keeps ("2015-07" for a month). */
const VALUE_LENGTH = { day: 10, month: 7, year: 4 } as const;

/**
 * "Five soldiers were killed in Ramadi on Saturday, a day after three police died in Fallujah", «قتل …، بعد
 * أسبوع من مقتل …»: an incident told as what came some time before another of its sentence, with no day of
 * its own (`carried`: the items whose date was carried to them; or a day its news clause gives), took place
 * that long before that one: current as it is, historical when that is a month or more before `reference`.
 * "The raid on the clinic comes two days after jets hit a convoy": when the other incident is only named
 * again, it is the news told just before.
 * With no other incident and no day but the article's (and no time long ago named in its sentence: "help has
 * poured in for two days, four days after violence broke out"), its news is the day of `reference`: a recent
 * incident recalled is current, an old one history, whatever its background clause said.
 * The doers of its news clause are not its own.
 *
 * @example datedBeforeTold(told, carried, text, '2015-07-26') // the Fallujah blast dated the Friday before the Saturday
 */
export function datedBeforeTold(
  items: Placed[],
  carried: Set<Placed>,
  text: string,
  reference: string | null,
  times: readonly TimeExpression[] = [],
): void {
  // Each incident's "a day after", read once: both its own count and whether it can be counted from.
  const phrases = packedMap(items, (item) => timeBefore(item.event, text));
  items.forEach((item, i) => {
    const phrase = phrases[i];
    if (!phrase) return;
    const event = item.event;
    dropNewsDoers(event, phrase, newsDoers(items, phrases, i));
    // A background clause ("two days after militants kidnapped them") comes undated, or with its news's day:
    // one its news clause gives ("on Saturday, a week after …") is a day to count back from.
    const newsDay = event.date !== null && toldBefore(event.date.spans, event, phrase);
    if ((event.date && !newsDay && !carried.has(item)) || phrase.unit === 'hour') return;
    const told =
      toldWith(items, phrases, i) ??
      (comesAfter(phrase, text) ? toldJustBefore(items, phrases, i) : undefined);
    const undated = !event.date || (carried.has(item) && FROM_REFERENCE.has(event.date.basis ?? ''));
    const published = told || !undated ? null : referenceDay(event, reference, times);
    const from =
      told?.event.date ?? (newsDay && event.date?.precision === 'day' ? event.date : null) ?? published;
    if (!from) return;
    const value = new Date(Date.parse(from.value) - phrase.count * UNIT_DAYS[phrase.unit] * DAY_MS)
      .toISOString()
      .slice(0, VALUE_LENGTH[phrase.precision]);
    // Counted from the day of publication, the background clause's `historical` no longer holds: the count does.
    const timing =
      told?.event.timing ??
      (published ? { value: 'current' as const, spans: event.event_type?.spans ?? [] } : event.timing);
    event.timing =
      reference && isHistorical(value, reference)
        ? { value: 'historical', spans: [...(event.event_type?.spans ?? [])] }
        : timing && { ...timing, spans: [...timing.spans] };
    event.date = dateRef(value, phrase.precision, [...from.spans], 'days before told');
  });
}

/**
 * The day of publication (no words of its own) for an undated incident whose sentence names no time long
 * before it: "in 1992, days after the mosque was razed" tells of 1992, not of now.
 */
function referenceDay(
  event: EventRecord,
  reference: string | null,
  times: readonly TimeExpression[],
): DateRef | null {
  const [from, to] = event.evidence[0] ?? [0, 0];
  const dated = (t: TimeExpression) => from <= t.span[0] && t.span[0] < to && t.value !== null;
  if (!reference || times.some((t) => dated(t) && isHistorical(t.value!, reference))) return null;
  return dateRef(reference.slice(0, 10), 'day', [], 'publication date');
}

/** Whether every span lies in the words told before the incident's "a day after", in its own sentence. */
function toldBefore(spans: readonly Span[], event: EventRecord, phrase: TimeBefore): boolean {
  const trigger = event.event_type?.spans[0];
  const sentence = event.evidence.find(([a, b]) => trigger && a <= trigger[0] && trigger[1] <= b);
  if (!sentence || spans.length === 0) return false;
  return spans.every(([a, b]) => sentence[0] <= a && b <= phrase.at);
}

/**
 * "Turkish jets struck on Friday, three days after a suicide bomber hit a rally": the jets are the news
 * clause's doers, not the bomber. A side named only before the "a day after" that does the news told with it
 * is dropped; a side the news acts on may well have done the earlier act ("police held five militants, a week
 * after militants bombed a mosque"), and stays.
 */
function dropNewsDoers(event: EventRecord, phrase: TimeBefore, doers: ReadonlySet<string>): void {
  const borrowed = (actor: ActorRef | null) =>
    actor !== null && doers.has(actor.entity_id ?? '') && toldBefore(actor.spans, event, phrase);
  if (borrowed(event.actor1)) event.actor1 = null;
  if (borrowed(event.actor2)) event.actor2 = null;
  if (borrowed(event.claimed_by)) event.claimed_by = null;
}

/** The doers (`actor1`) of the news told in the same words as item `i`, by entity id. */
function newsDoers(items: Placed[], phrases: (TimeBefore | null)[], i: number): Set<string> {
  const [from, to] = items[i].event.evidence[0] ?? [0, 0];
  const doers = new Set<string>();
  items.forEach(({ event }, j) => {
    const told = phrases[j] === null && event.evidence.some(([a, b]) => a < to && from < b);
    if (told && event.actor1?.entity_id) doers.add(event.actor1.entity_id);
  });
  return doers;
}

/**
 * A day-dated incident that is not itself told as what came before (`phrase`, its "a day after", is null):
 * one a day count can start from.
 */
const dayToCountFrom = (item: Placed, phrase: TimeBefore | null) =>
  phrase === null && item.event.date?.precision === 'day';

/** The incident told in the same words: "Five died in Homs on Sunday, two days after a blast …". */
function toldWith(items: Placed[], phrases: (TimeBefore | null)[], i: number): Placed | undefined {
  const [from, to] = items[i].event.evidence[0] ?? [0, 0];
  return items.find(
    (other, j) =>
      other !== items[i] &&
      dayToCountFrom(other, phrases[j]) &&
      other.event.evidence.some(([a, b]) => a < to && from < b),
  );
}

/** Characters before an "a day after" within which what comes after is named. */
const COMES_REACH = 60;
/**
 * "The raid on the clinic comes two days after", "This came a day after", «ويأتي الهجوم بعد يومين من»: what comes
 * after is named again (by "this" or a definite noun), not told. A stop may stand right before it, as a report
 * set without a space after its full stops has it.
 */
const COMES =
  /(?:\b(?:this|that|it|the(?:\s+[\w'’-]+){1,5})\s+(?:comes|came)|(?:^|[\s.!?؟])[وف]?(?:ي[أا]تي|ت[أا]تي|ج[أا]ء|ج[أا]ءت)(?:\s+\S+){0,2})\s*(?:just\s+|only\s+)?$/i;

/** Whether the "a day after" follows words that say an incident already told came after the earlier one. */
function comesAfter(phrase: TimeBefore, text: string): boolean {
  return COMES.test(text.slice(Math.max(0, phrase.at - COMES_REACH), phrase.at));
}

/**
 * "The raid on the clinic comes two days after gunmen ambushed a convoy": a sentence whose other incident is
 * only named again comes a day or two after the incident told just before it.
 */
function toldJustBefore(items: Placed[], phrases: (TimeBefore | null)[], i: number): Placed | undefined {
  const start = items[i].event.evidence[0]?.[0] ?? 0;
  return items
    .slice(0, i)
    .filter(
      (other, j) =>
        dayToCountFrom(other, phrases[j]) &&
        other.event.timing?.value !== 'historical' &&
        (other.event.evidence[0]?.[0] ?? 0) < start,
    )
    .at(-1);
}

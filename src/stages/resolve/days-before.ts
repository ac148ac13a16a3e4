import { packedMap } from '../../core/packed-map.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';
import type { EventRecord } from '../../core/records.js';
import { DAY_MS } from '../../core/day-ms.js';
import type { Placed } from './placed.js';

/**
 * "a day after", "two days after", «بعد يوم من», «بعد يومين على», «بعد 3 أيام من», «غداة», then the words of
 * its clause up to a trigger of the earlier incident ("a day after air strikes on a bus station in the
 * eastern suburbs left thirty dead"): no comma or stop between. Groups 1 to 3 count the days.
 */
const DAYS_AFTER = guardedPattern(
  /(?:\b(a|one|two|three|[1-9])\s+days?\s+after|(?:^|\s)[وف]?(?:بعد\s+(يوم|يومين|(?:ثلاث[ةه]|[1-9])\s+[أا]يام)\s+(?:من|على)|(غداة|غداه)))(?:\s+[^\s.!?؟,،;؛:]+)*\s*$/i,
);
/** Characters before a trigger within which its "a day after" stands (a clause of about twenty words). */
const REACH = 120;

/** An incident's "a day after": how many days it counts, and where in the text it starts. */
interface DaysAfterPhrase {
  days: number;
  at: number;
}

/** The "a day after" told just before the incident's trigger, or null. */
function daysAfterPhrase(event: EventRecord, text: string): DaysAfterPhrase | null {
  const trigger = event.event_type?.spans[0];
  if (!trigger) return null;
  const from = Math.max(0, trigger[0] - REACH);
  const m = DAYS_AFTER.exec(text.slice(from, trigger[0]));
  const count = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').toLowerCase();
  if (!m || !count) return null;
  const digit = /^[1-9]/.test(count) ? Number(count[0]) : 0;
  const days = digit || (/^(?:a|one|يوم|غداة|غداه)$/.test(count) ? 1 : /^(?:two|يومين)$/.test(count) ? 2 : 3);
  return { days, at: from + m.index };
}

/**
 * How many days before the one told "a day after" its trigger puts the incident, or 0.
 *
 * @example daysBefore(event, 'Five died on Sunday, two days after a blast.') // 2 for the blast
 */
export function daysBefore(event: EventRecord, text: string): number {
  return daysAfterPhrase(event, text)?.days ?? 0;
}

/**
 * "Five soldiers were killed in Ramadi on Saturday, a day after three police died in Fallujah", «قتل …، بعد
 * يومين من مقتل …»: an incident told as what came days before another of its sentence, with no day of its
 * own (`carried`: the items whose date was carried to them, or none yet), took place that many days before
 * that one, and is as current as it. "The raid on the clinic comes two days after jets hit a convoy": when
 * the other incident is only named again, it is the news told just before.
 *
 * @example datedBeforeTold(told, carried, text) // the Fallujah blast dated the Friday before the Saturday
 */
export function datedBeforeTold(items: Placed[], carried: Set<Placed>, text: string): void {
  // Each incident's "a day after", read once: both its own count and whether it can be counted from.
  const phrases = packedMap(items, (item) => daysAfterPhrase(item.event, text));
  items.forEach((item, i) => {
    const phrase = phrases[i];
    // A background clause ("two days after militants kidnapped them") comes undated: it may be dated too.
    if (!phrase || (!carried.has(item) && item.event.date)) return;
    const told =
      toldWith(items, phrases, i) ??
      (comesAfter(phrase, text) ? toldJustBefore(items, phrases, i) : undefined);
    if (!told) return;
    const day = new Date(Date.parse(told.event.date!.value) - phrase.days * DAY_MS)
      .toISOString()
      .slice(0, 10);
    // A day or two before the news it is told with, it is as current or as past as that news.
    item.event.timing = told.event.timing && { ...told.event.timing, spans: [...told.event.timing.spans] };
    item.event.date = {
      value: day,
      precision: 'day',
      spans: [...told.event.date!.spans],
      basis: 'days before told',
    };
  });
}

/**
 * A day-dated incident that is not itself told as what came before (`phrase`, its "a day after", is null):
 * one a day count can start from.
 */
const dayToCountFrom = (item: Placed, phrase: DaysAfterPhrase | null) =>
  phrase === null && item.event.date?.precision === 'day';

/** The incident told in the same words: "Five died in Homs on Sunday, two days after a blast …". */
function toldWith(items: Placed[], phrases: (DaysAfterPhrase | null)[], i: number): Placed | undefined {
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
 * after is named again (by "this" or a definite noun), not told.
 */
const COMES =
  /(?:\b(?:this|that|it|the(?:\s+[\w'’-]+){1,5})\s+(?:comes|came)|(?:^|\s)[وف]?(?:ي[أا]تي|ت[أا]تي|ج[أا]ء|ج[أا]ءت)(?:\s+\S+){0,2})\s*(?:just\s+|only\s+)?$/i;

/** Whether the "a day after" follows words that say an incident already told came after the earlier one. */
function comesAfter(phrase: DaysAfterPhrase, text: string): boolean {
  return COMES.test(text.slice(Math.max(0, phrase.at - COMES_REACH), phrase.at));
}

/**
 * "The raid on the clinic comes two days after gunmen ambushed a convoy": a sentence whose other incident is
 * only named again comes a day or two after the incident told just before it.
 */
function toldJustBefore(items: Placed[], phrases: (DaysAfterPhrase | null)[], i: number): Placed | undefined {
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

/**
 * "a week after", "weeks after", "two months after", "a year after", «بعد أسبوع من», «بعد 3 أيام على», «بعد
 * أقل من شهر من», then the words of its clause up to the trigger: no comma or stop between.
 */
const LONG_AFTER = guardedPattern(
  /(?:\b(?:weeks?|months?|years?)\s+after|(?:^|\s)[وف]?بعد\s+(?:[^\s.!?؟,،;؛:]+\s+){0,2}?(?:[أا]يام|[أا]سبوعين|[أا]سبوع|[أا]سابيع|شهرين|شهر|[أا]شهر|عامين|عام|[أا]عوام|سنتين|سنة|سنوات)\s+(?:من|على))(?:\s+[^\s.!?؟,،;؛:]+)*\s*$/i,
);

/**
 * The words of a trigger's own clause after it: up to a stop or comma, or to a word that opens a clause of
 * another act ("shot two guards near a school that was bombed last year": the bombing's "last year").
 */
const OWN_CLAUSE =
  /^[^.!?؟,،;؛:]*?(?=[.!?؟,،;؛:]|\b(?:that|which|where|who|whom|when|after|since|before|while)\b|(?:^|\s)[وف]?(?:الذي|التي|الذين|حيث|بعد|عندما|قبل)(?=\s)|$)/i;
/** "last year", "last month", "three years ago", «العام الماضي», «قبل أشهر»: a time well before the news. */
const LONG_AGO = guardedPattern(
  /\blast\s+(?:year|month)\b|\b(?:months|years|a\s+year|one\s+year)\s+ago\b|(?:^|\s)(?:العام|الشهر)\s+الماضي(?![\u0621-\u064a])|(?:^|\s)قبل\s+(?:[أا]شهر|سنوات|عام|عامين|[أا]عوام)(?![\u0621-\u064a])/i,
);
/** Characters after a trigger its own clause is read in. */
const AFTER_REACH = 80;

/**
 * Whether the mention is told as what came a day or more before the news of its sentence: "a day after" or
 * "weeks after" stands before its trigger, or "last year" in its own clause after it.
 *
 * @example toldEarlier(bomb, 'Gunmen killed a guard, a week after a car bomb hit the post.') // true
 */
export function toldEarlier(event: EventRecord, text: string): boolean {
  const trigger = event.event_type?.spans[0];
  if (!trigger) return false;
  if (daysBefore(event, text) > 0) return true;
  if (LONG_AFTER.test(text.slice(Math.max(0, trigger[0] - REACH), trigger[0]))) return true;
  const clause = OWN_CLAUSE.exec(text.slice(trigger[1], trigger[1] + AFTER_REACH))?.[0] ?? '';
  return LONG_AGO.test(clause);
}

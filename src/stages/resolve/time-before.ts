import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { normalizeName } from '../../core/text/normalize.js';
import {
  countOf,
  countWords,
  spelledAlternation,
  SUBORDINATORS,
  unitWord,
  unitWordsOf,
  type TimeUnit,
} from '../../core/text/time-span-words.js';
import type { DatePrecision, EventRecord } from '../../core/records.js';

/** A word of a clause: no comma or stop in it. */
const WORD = '[^\\s.!?؟,،;؛:]+';
const UNIT = spelledAlternation(unitWordsOf(['hour', 'day', 'week', 'month', 'year']));
const COUNT = `\\d{1,3}|${spelledAlternation(countWords())}`;

/**
 * "a day after", "two weeks after", "days after", «بعد يومين من», «بعد 3 أيام على», «بعد أقل من شهر من»,
 * «غداة», then the words of its clause up to a trigger of the earlier incident ("a day after air strikes on a
 * bus station left thirty dead"): no comma or stop between. Groups: the English count and unit, the Arabic
 * words before the unit and the unit, «غداة».
 */
const TIME_AFTER = guardedPattern(
  new RegExp(
    `(?:\\b(?:(${COUNT})\\s+)?(${UNIT})\\s+after|(?:^|\\s)[وف]?(?:بعد\\s+((?:${WORD}\\s+){0,2}?)(${UNIT})\\s+(?:من|على)|(غداة|غداه)))(?:\\s+${WORD})*\\s*$`,
    'i',
  ),
  'after بعد غداة غداه',
);
/** Characters before a trigger within which its "a day after" stands (a clause of about twenty words). */
const REACH = 120;

/** How many of a unit an uncounted plural stands for ("days after": about three days). */
const VAGUE_COUNT: Readonly<Record<TimeUnit, number>> = { hour: 1, day: 3, week: 2, month: 2, year: 2 };
/** The precision a span of time leaves a day counted back by it: "days" or "weeks" name no day. */
const PRECISION: Readonly<Record<TimeUnit, [exact: DatePrecision, vague: DatePrecision]>> = {
  hour: ['day', 'day'],
  day: ['day', 'month'],
  week: ['day', 'month'],
  month: ['month', 'month'],
  year: ['year', 'year'],
};

/** An incident's "a day after": the span of time it tells, and where in the text it starts. */
export interface TimeBefore {
  unit: TimeUnit;
  count: number;
  precision: DatePrecision;
  at: number;
}

/**
 * The "a day after" told just before the incident's trigger, or null.
 *
 * @example timeBefore(blast, 'Five died on Sunday, two days after a blast.') // { unit: 'day', count: 2, … }
 */
export function timeBefore(event: EventRecord, text: string): TimeBefore | null {
  const trigger = event.event_type?.spans[0];
  if (!trigger) return null;
  const from = Math.max(0, trigger[0] - REACH);
  const m = TIME_AFTER.exec(text.slice(from, trigger[0]));
  if (!m) return null;
  const at = from + m.index;
  if (m[5]) return { unit: 'day', count: 1, precision: 'day', at };
  const word = unitWord(normalizeName(m[2] ?? m[4]))!;
  // English counts right before the unit; Arabic with the word before it, or the unit is a dual.
  const before = m[2] ? m[1] : m[3].trim().split(/\s+/).at(-1);
  const counted = before ? countOf(normalizeName(before)) : undefined;
  // «بعد أقل من شهر»: words before the unit that are no count leave it vague.
  const qualified = m[4] !== undefined && m[3].trim() !== '' && counted === undefined;
  const count = counted ?? word.count;
  const vague = count === null || qualified;
  return {
    unit: word.unit,
    count: count ?? VAGUE_COUNT[word.unit],
    precision: PRECISION[word.unit][+vague],
    at,
  };
}

/**
 * The words of a trigger's own clause after it: up to a stop or comma, or to a word that opens a clause of
 * another act ("shot two guards near a school that was bombed last year": the bombing's "last year").
 */
const OWN_CLAUSE = new RegExp(
  `^[^.!?؟,،;؛:]*?(?=[.!?؟,،;؛:]|\\b(?:${SUBORDINATORS.en.join('|')})\\b|(?:^|\\s)[وف]?(?:${spelledAlternation(SUBORDINATORS.ar)})(?=\\s)|$)`,
  'i',
);
/** "last year", "last month", "three years ago", «العام الماضي», «قبل أشهر»: a time well before the news. */
const LONG_AGO = guardedPattern(
  new RegExp(
    `\\blast\\s+(?:year|month)\\b|\\b(?:months|years|a\\s+year|one\\s+year)\\s+ago\\b|(?:^|\\s)(?:العام|الشهر)\\s+الماضي(?![\\u0621-\\u064a])|(?:^|\\s)قبل\\s+(?:${spelledAlternation(unitWordsOf(['month', 'year']))})(?![\\u0621-\\u064a])`,
    'i',
  ),
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
  const before = timeBefore(event, text);
  if (before && before.unit !== 'hour') return true;
  const after = text.slice(trigger[1], trigger[1] + AFTER_REACH);
  // The clause is the start of `after`, which most often holds no time long ago at all: the clause's end, found
  // by a lookahead at every character, is searched for only when it does (a match in the clause ends where
  // the words after it cannot undo it: at a mark, a space or the end).
  if (!LONG_AGO.test(after)) return false;
  return LONG_AGO.test(OWN_CLAUSE.exec(after)?.[0] ?? '');
}

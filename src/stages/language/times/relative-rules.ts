import { readNumber } from '../quantities/number-reader.js';
import { QUALIFIERS_BEFORE } from '../quantities/qualifier-lexicon.js';
import { dayMonth, monthFirst, numericDate } from './date-rules.js';
import { MONTHS } from './month-lexicon.js';
import {
  AGO_AFTER,
  AGO_BEFORE,
  AMBIGUOUS_WEEKDAYS,
  GLUED_S_WEEKDAYS,
  DIRECTION_AFTER,
  LATEST,
  NUMBER_FOLLOW,
  PARTS_OF_DAY_AFTER,
  PERIODS,
  RELATIVE_DAYS,
  TOLD_DAYS,
  UNITS,
  VAGUE_RUN_DAYS,
  WEEKDAY_FOLLOW,
  WEEKDAY_LEAD,
  WEEKDAYS,
  WEEKEND,
  WEEKEND_FIRST_DAY,
  type Unit,
} from './time-lexicon.js';
import type { LexemeWindow, TimeMatch } from './time-match.js';

const FULL_ENGLISH_WEEKDAY = /^(mon|tues|wednes|thurs|fri|satur|sun)day$/;
const QUOTES = new Set(['"', '«', '»', '“', '”']);

/**
 * A day named from the reference date, with the weekday or part of day that may follow it:
 * "أمس", "بالأمس", "أول أمس", "أمس الجمعة", "اليوم الأحد", "yesterday morning", "last night".
 *
 * @example relativeDay(window('أمس الجمعة'), 0) // { start: 0, end: 2, spec: { kind: 'relative-day', offset: -1 } }
 */
export function relativeDay(w: LexemeWindow, i: number): TimeMatch | null {
  const hit = w.lex[i].kind === 'word' ? RELATIVE_DAYS.matchAt(w.lex, i) : null;
  if (!hit) return null;
  // "في ذلك اليوم", "تلك الليلة": "that day" points back to a day the story told, often long past.
  if (hit.value === 0 && w.is(i, i - 1, 'ذلك', 'تلك')) return null;
  // "قال لـ«اليوم»", "صحيفة "اليوم"": a day's word alone in quotes is a name (a daily paper), not the day.
  if (hit.length === 1 && QUOTES.has(w.at(i, i - 1)?.norm ?? '') && QUOTES.has(w.at(i, i + 1)?.norm ?? ''))
    return null;
  let end = i + hit.length;
  // "ظهر اليوم (أمس)": a paper that re-dated a wire report writes its own day in brackets, and that day holds.
  const inBrackets = w.is(i, end, '(') && w.at(i, end + 1) ? RELATIVE_DAYS.matchAt(w.lex, end + 1) : null;
  const corrected = inBrackets && w.is(i, end + 1 + inBrackets.length, ')') ? inBrackets : null;
  if (corrected) end += corrected.length + 2;
  const next = w.at(i, end);
  // "أمس الجمعة", "اليوم (الأحد)": the weekday repeats the day; "yesterday morning": a part of it.
  const bracketed = next?.norm === '(' && w.at(i, end + 1) && w.is(i, end + 2, ')');
  const named = next
    ? (WEEKDAYS.matchAt(w.lex, end) ?? (bracketed ? WEEKDAYS.matchAt(w.lex, end + 1) : null))
    : null;
  if (named) end += next?.norm === '(' ? 3 : 1;
  else if (next && PARTS_OF_DAY_AFTER.matchAt(w.lex, end)) end++;
  // "اليوم الأول", "اليوم العالمي": "the first day", "the world day", not today.
  else if (!corrected && hit.length === 1 && w.lex[i].forms.includes('اليوم') && next?.norm.startsWith('ال'))
    return null;
  const spec = { kind: 'relative-day', offset: (corrected ?? hit).value } as const;
  return { start: i, end, spec: named ? { ...spec, weekday: named.value } : spec };
}

/**
 * A weekday: "الجمعة", "يوم الأحد الماضي", "on Friday", "Friday night", "last Friday" (direction from
 * the caller). When a date follows ("الأحد 19 يوليو 2015") the date decides and the weekday joins the span.
 * "الأحد" and "الاثنين" also mean "the one" and "the two": they need "يوم", a direction, a cue or a
 * place in the clause only a day takes (see `toldAsDay`).
 *
 * @example weekdayRule(window('يوم الأحد الماضي'), 0)?.spec // { kind: 'weekday', weekday: 0, direction: -1 }
 */
export function weekdayRule(
  w: LexemeWindow,
  i: number,
  direction?: -1 | 0 | 1,
  cued = false,
): TimeMatch | null {
  let k = i;
  // "يومي الاثنين والثلاثاء": two named days, read as a range by the caller.
  const day = w.is(i, k, 'يوم', 'يومي');
  if (day) k++;
  const l = w.at(i, k);
  // Lower-case English is read only for full names ("on friday" in all-lower-case copy), not "sun", "sat".
  const lower = /^[a-z]/.test(l?.norm ?? '') && !l?.capitalised && !FULL_ENGLISH_WEEKDAY.test(l?.norm ?? '');
  if (!l || l.kind !== 'word' || lower) return null;
  const hit = WEEKDAYS.matchAt(w.lex, k) ?? possessiveWeekday(w, i, k);
  if (!hit) return null;
  let end = k + hit.length;
  const comma = w.is(i, end, ',') ? 1 : 0;
  const at = end + comma;
  const date = w.at(i, at) ? (dayMonth(w, at) ?? numericDate(w, at) ?? dayFirstMonth(w, at)) : null;
  if (date) return { ...date, start: i };
  // "Monday last week", "Monday of last week", "الاثنين من الأسبوع الماضي": a day of a week told by its week.
  const week = weekOf(w, i, end);
  if (week)
    return { start: i, end: week.end, spec: { kind: 'weekday', weekday: hit.value, direction: -1, week } };
  const after = w.at(i, end) ? DIRECTION_AFTER.matchAt(w.lex, end) : null;
  if (after) end += after.length;
  else if (w.at(i, end) && PARTS_OF_DAY_AFTER.matchAt(w.lex, end)) end++;
  const ambiguous = AMBIGUOUS_WEEKDAYS.has(w.lex[k].norm.replace(/^[وفب]/, ''));
  if (ambiguous && !day && !after && direction === undefined && !cued && !toldAsDay(w, k, end)) return null;
  return {
    start: i,
    end,
    spec: { kind: 'weekday', weekday: hit.value, direction: after?.value ?? direction ?? 0 },
  };
}

/** Words before a weekday with a glued "s" that make it a habit ("on Fridays", "most Sundays"), not a day. */
const HABIT_BEFORE = /^(?:on|every|most|some|all|by|until|till|through|from|other|alternate)$/;

/**
 * "blamed for Mondays ambush", "Wednesdays raid drew": a weekday's possessive whose apostrophe a scrape
 * dropped is that day. After "on" or "every" it is a habit ("on Fridays"); with no lower-case word after it,
 * it names no act of that day ("closed on Fridays.", "Fridays and holidays").
 */
function possessiveWeekday(w: LexemeWindow, i: number, k: number) {
  const hit = GLUED_S_WEEKDAYS.matchAt(w.lex, k);
  if (!hit || HABIT_BEFORE.test(w.at(i, k - 1)?.norm ?? '')) return null;
  const next = w.at(i, k + hit.length);
  const owned = next?.kind === 'word' && !next.capitalised && /^[a-z]/.test(next.norm);
  return owned && !/^(?:and|or|to|at|in|on|of|is|are|were|was)$/.test(next.norm) ? hit : null;
}

/** "last week", "of last week", "من الأسبوع الماضي" right after a weekday: the week it lies in. */
function weekOf(
  w: LexemeWindow,
  i: number,
  k: number,
): { offset: number; weekStart: number; end: number } | null {
  const at = w.is(i, k, 'of', 'من') ? k + 1 : k;
  const told = w.is(i, at, 'last') ? -1 : w.is(i, at, 'next') ? 1 : undefined;
  const from = told === undefined ? at : at + 1;
  const period = w.at(i, from) ? periodRule(w, from, told) : null;
  if (period?.spec.kind !== 'period' || period.spec.unit !== 'week' || period.spec.offset === 0) return null;
  return { offset: period.spec.offset, weekStart: period.spec.weekStart, end: period.end };
}

/**
 * "قصفوا الأحد حي الروضة", "منذ الاثنين", "قال الجيش الاثنين إن": an ambiguous weekday right after a plural
 * past verb or a preposition of time, or right before a reported clause, is a day — unless a partitive or
 * a tens word makes it a number ("الاثنين من الجنود", "الأحد عشر").
 */
function toldAsDay(w: LexemeWindow, k: number, end: number): boolean {
  const next = w.at(k, end)?.norm ?? '';
  if (NUMBER_FOLLOW.test(next)) return false;
  return WEEKDAY_LEAD.test(w.at(k, k - 1)?.norm ?? '') || WEEKDAY_FOLLOW.test(next) || runFrom(w, k, end);
}

/**
 * "بين الاثنين والأربعاء": after "بين", an ambiguous weekday joined by «و» to another weekday opens a run of
 * days, as "between the two and Wednesday" says nothing.
 */
function runFrom(w: LexemeWindow, k: number, end: number): boolean {
  const joined = w.at(k, end);
  return (
    w.is(k, k - 1, 'بين') &&
    joined?.kind === 'word' &&
    joined.norm.startsWith('و') &&
    WEEKDAYS.matchAt(w.lex, end) !== null
  );
}

/** "July 19, 2015" after a weekday: a month-first date that has its day. */
function dayFirstMonth(w: LexemeWindow, k: number): TimeMatch | null {
  const match = monthFirst(w, k);
  return match?.spec.kind === 'date' && match.spec.day !== undefined ? match : null;
}

/**
 * A calendar period from the reference date: "الأسبوع الماضي", "الشهر الجاري", "last month", "this year".
 *
 * @example periodRule(window('الشهر الماضي'), 0)?.spec // { kind: 'period', unit: 'month', offset: -1, weekStart: 6 }
 */
export function periodRule(w: LexemeWindow, i: number, direction?: -1 | 0 | 1): TimeMatch | null {
  const hit = w.lex[i].kind === 'word' ? PERIODS.matchAt(w.lex, i) : null;
  if (!hit) return null;
  const k = i + hit.length;
  const after = w.at(i, k) ? DIRECTION_AFTER.matchAt(w.lex, k) : null;
  const offset = after?.value ?? direction;
  if (offset === undefined) return null;
  // "نهاية السنة الثانية" is the end of the second year, not of this one.
  if (!after && w.at(i, k)?.norm.startsWith('ال')) return null;
  const weekStart = /^[a-z]/.test(w.lex[i].norm) ? 1 : 6;
  return {
    start: i,
    end: after ? k + after.length : k,
    spec: { kind: 'period', unit: hit.value, offset, weekStart },
  };
}

/**
 * Time ago: "قبل يومين", "منذ ثلاثة أيام", "قبل أسبوع", "two days ago", "a week ago", "three months earlier".
 *
 * @example agoRule(window('قبل يومين'), 0)?.spec // { kind: 'relative-day', offset: -2 }
 */
export function agoRule(w: LexemeWindow, i: number): TimeMatch | null {
  const before = w.lex[i].kind === 'word' ? AGO_BEFORE.matchAt(w.lex, i) : null;
  let k = before ? i + before.length : i;
  // "منذ أكثر من عامين", "قبل نحو أسبوع": the qualifier does not move the day named.
  const qualifier = before && w.at(i, k) ? QUALIFIERS_BEFORE.matchAt(w.lex, k) : null;
  if (qualifier) k += qualifier.length;
  const counted = countedUnit(w, i, k);
  if (!counted) return null;
  const ago = w.at(i, counted.end) ? AGO_AFTER.matchAt(w.lex, counted.end) : null;
  if (!before && !ago) return null;
  // "قبل يومين من ذلك": "two days before that", the day the story last told, like "two days earlier".
  const ofThat =
    !ago && w.lex[i].forms.includes('قبل') && w.is(i, counted.end, 'من') && w.is(i, counted.end + 1, 'ذلك');
  const end = ago ? counted.end + ago.length : ofThat ? counted.end + 2 : counted.end;
  const { unit, n } = counted;
  const told = ago?.value === true || ofThat;
  if (unit === 'day' || unit === 'week') {
    const offset = -n * (unit === 'week' ? 7 : 1);
    return {
      start: i,
      end,
      spec: told ? { kind: 'relative-day', offset, told } : { kind: 'relative-day', offset },
    };
  }
  const spec = { kind: 'period', unit, offset: -n, weekStart: 1 } as const;
  return { start: i, end, spec: told ? { ...spec, told } : spec };
}

/** Words after "the day before" that name what it is the day before ("the day before the vote"). */
const NAMED_AFTER = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that']);

/**
 * A day counted from the day the story last told (the caller finds it): "the previous day", "the day
 * before", "في اليوم السابق", "قبل ذلك بيوم". "the day before the vote", "اليوم السابق للانتخابات" count
 * from the thing named after them, and are left alone.
 *
 * @example toldDay(window('قبل ذلك بيوم'), 0)?.spec // { kind: 'relative-day', offset: -1, told: true }
 */
export function toldDay(w: LexemeWindow, i: number): TimeMatch | null {
  const hit = w.lex[i].kind === 'word' ? TOLD_DAYS.matchAt(w.lex, i) : null;
  if (!hit) return null;
  const end = i + hit.length;
  const next = w.at(i, end);
  if (next?.kind === 'word' && (NAMED_AFTER.has(next.norm) || /^ل[\u0600-\u06ff]/.test(next.norm)))
    return null;
  return { start: i, end, spec: { kind: 'relative-day', offset: hit.value, told: true } };
}

/**
 * The weekend: "over the weekend", "this weekend", "last weekend", "خلال عطلة نهاية الأسبوع الماضي"
 * (`direction` from a word before it). English needs "the" or a direction before it: "a weekend curfew" and
 * "weekend markets" are no day.
 *
 * @example weekendRule(window('عطلة نهاية الأسبوع'), 0)?.spec // { kind: 'weekend', firstDay: 5 }
 */
export function weekendRule(w: LexemeWindow, i: number, direction?: -1 | 0 | 1): TimeMatch | null {
  const hit = w.lex[i].kind === 'word' ? WEEKEND.matchAt(w.lex, i) : null;
  if (!hit) return null;
  const english = /^[a-z]/.test(w.lex[i].norm);
  if (english && direction === undefined && !w.is(i, i - 1, 'the')) return null;
  let end = i + hit.length;
  const after = !english && w.at(i, end) ? DIRECTION_AFTER.matchAt(w.lex, end) : null;
  if (after) end += after.length;
  const firstDay = english ? WEEKEND_FIRST_DAY.english : WEEKEND_FIRST_DAY.arabic;
  const told = after?.value ?? direction;
  return {
    start: i,
    end,
    spec: told === undefined ? { kind: 'weekend', firstDay } : { kind: 'weekend', firstDay, direction: told },
  };
}

/**
 * The unit and count at k ("two days", «يومين», "a week"), or null; `i` is where the expression starts.
 */
export function countedUnit(
  w: LexemeWindow,
  i: number,
  k: number,
): { unit: Unit; n: number; end: number } | null {
  if (!w.at(i, k)) return null;
  const bare = UNITS.matchAt(w.lex, k);
  // "منذ عام" is "a year ago", but "منذ العام الماضي" and "منذ عام 2009" are not.
  if (bare && (w.lex[k].norm.startsWith('ال') || w.at(k, k + 1)?.kind === 'number')) return null;
  // "منذ شهر مارس" is "since March", "منذ يوم الجمعة" "since Friday": the unit names the month or day after it.
  if (bare && w.at(k, k + 1) && (MONTHS.matchAt(w.lex, k + 1) || WEEKDAYS.matchAt(w.lex, k + 1))) return null;
  if (bare) return bare.value.count ? { unit: bare.value.unit, n: bare.value.count, end: k + 1 } : null;
  const article = w.is(i, k, 'a', 'an');
  const number = article ? { value: 1, next: k + 1 } : readNumber(w.lex, k);
  if (!number || number.value === null || !w.at(i, number.next)) return null;
  const unit = UNITS.matchAt(w.lex, number.next);
  return unit ? { unit: unit.value.unit, n: number.value, end: number.next + 1 } : null;
}

const DAYS_IN: Record<RunUnit, number> = { day: 1, week: 7 };
type RunUnit = 'day' | 'week';
// "على مدار الأشهر الماضية", "in recent years": months and years of it are the background of a story.
const isRunUnit = (unit: Unit): unit is RunUnit => unit === 'day' || unit === 'week';

/**
 * The latest run of days up to the reference date, told vaguely: "خلال الأيام الماضية", "في الأيام القليلة
 * الماضية", "اليومين الماضيين", "الأسابيع الأخيرة", "in recent days", "the past two days", "the last few
 * weeks" (`direction` −1 from "last"/"past" before it).
 *
 * @example recentRun(window('الأيام الأخيرة'), 0)?.spec // { kind: 'recent', days: 7 }
 */
export function recentRun(w: LexemeWindow, i: number, direction?: -1 | 0 | 1): TimeMatch | null {
  if (w.lex[i].kind !== 'word') return null;
  const recent = direction === undefined ? LATEST.matchAt(w.lex, i) : null;
  let k = recent ? i + recent.length : i;
  if (direction === -1 || recent) {
    // "the past two days", "recent weeks", "the last few days": a count (or a vague one) before the unit.
    const count = w.at(i, k) ? readNumber(w.lex, k) : null;
    if (count) k = count.next;
    else if (w.is(i, k, 'few')) k++;
    const unit = w.at(i, k) ? UNITS.matchAt(w.lex, k) : null;
    if (!unit || !isRunUnit(unit.value.unit) || !w.lex[k].norm.endsWith('s')) return null;
    const days = count?.value ? count.value * DAYS_IN[unit.value.unit] : VAGUE_RUN_DAYS[unit.value.unit];
    return { start: i, end: k + 1, spec: { kind: 'recent', days } };
  }
  // Arabic: a definite plural or dual, then "القليلة", then "الماضية" or "الأخيرة".
  const unit = w.lex[i].forms.some((f) => f.startsWith('ال')) ? UNITS.matchAt(w.lex, i) : null;
  if (!unit || unit.value.count === 1 || !isRunUnit(unit.value.unit)) return null;
  k = w.is(i, i + 1, 'القليله') ? i + 2 : i + 1;
  const past = w.at(i, k) ? (DIRECTION_AFTER.matchAt(w.lex, k) ?? LATEST.matchAt(w.lex, k)) : null;
  if (!past || past.value === 0 || past.value === 1) return null;
  const n = unit.value.count;
  const days = n ? n * DAYS_IN[unit.value.unit] : VAGUE_RUN_DAYS[unit.value.unit];
  return { start: i, end: k + past.length, spec: { kind: 'recent', days } };
}

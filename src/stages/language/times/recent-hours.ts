import { readNumber } from '../quantities/number-reader.js';
import { DIRECTION_AFTER, LATEST } from './time-lexicon.js';
import type { LexemeWindow, TimeMatch } from './time-match.js';

/** Hours in a day: a run of hours is told as the days it reaches back over. */
const DAY_HOURS = 24;
/** "the past few hours", «الساعات الأخيرة»: hours told without their count reach back a day. */
const VAGUE_HOURS = DAY_HOURS;
/** The hour words, folded: "hours", «ساعة», «ساعات», «الساعات». */
const HOUR_WORDS = new Set(['hours', 'ساعه', 'ساعات']);

/**
 * "in the last 48 hours", "over the past few hours", «خلال الـ48 ساعة الماضية», «الساعات الـ24 الأخيرة»,
 * «الساعات القليلة الماضية»: a run of hours up to the reference date is vague recency, told like "the past
 * two days" (its month), not the day of writing. English needs "last"/"past" before it (`direction`).
 *
 * @example recentHours(window('الساعات الأخيرة'), 0)?.spec // { kind: 'recent', days: 1 }
 */
export function recentHours(w: LexemeWindow, i: number, direction?: -1 | 0 | 1): TimeMatch | null {
  const l = w.lex[i];
  // «الساعات [القليلة] [الـ24] الماضية».
  if (l.norm === 'الساعات') {
    let k = w.is(i, i + 1, 'القليله') ? i + 2 : i + 1;
    const count = w.is(i, k, 'ال') && w.at(i, k + 1) ? readNumber(w.lex, k + 1) : null;
    if (count) k = count.next;
    return pastFrom(w, i, k, count?.value);
  }
  const count = readNumber(w.lex, i);
  if (!count || !w.at(i, count.next) || !HOUR_WORDS.has(w.lex[count.next].norm)) {
    // "the past few hours".
    if (direction !== -1 || !w.is(i, i, 'few', 'several') || !w.is(i, i + 1, 'hours')) return null;
    return run(i, i + 2, undefined);
  }
  if (direction === -1 && w.lex[count.next].norm === 'hours') return run(i, count.next + 1, count.value);
  // «الـ48 ساعة الماضية»: the count is definite.
  return w.is(i, i - 1, 'ال') ? pastFrom(w, i, count.next + 1, count.value) : null;
}

/** The run when «الماضية» or «الأخيرة» stands at k. */
function pastFrom(w: LexemeWindow, i: number, k: number, hours: number | null | undefined): TimeMatch | null {
  const past = w.at(i, k) ? (DIRECTION_AFTER.matchAt(w.lex, k) ?? LATEST.matchAt(w.lex, k)) : null;
  if (!past || past.value === 0 || past.value === 1) return null;
  return run(i, k + past.length, hours);
}

function run(start: number, end: number, hours: number | null | undefined): TimeMatch {
  return { start, end, spec: { kind: 'recent', days: Math.ceil((hours || VAGUE_HOURS) / DAY_HOURS) } };
}

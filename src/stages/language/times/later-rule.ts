import { countedUnit } from './relative-rules.js';
import type { LexemeWindow, TimeMatch } from './time-match.js';

/**
 * "two months later", "a week later", «بعد ثلاثة أيام من ذلك», «بعد شهرين من ذلك»: a span counted forward
 * from the date the story last told. It never counts from the reference date: told with no date before it,
 * the day it names is unknown (the caller resolves it against the story's date, or leaves it null).
 *
 * @example laterRule(window('two months later'), 0)?.spec // { kind: 'period', unit: 'month', offset: 2, told: true, … }
 */
export function laterRule(w: LexemeWindow, i: number): TimeMatch | null {
  const after = w.lex[i].forms.includes('بعد');
  const counted = countedUnit(w, i, after ? i + 1 : i);
  if (!counted) return null;
  const ofThat = after && w.is(i, counted.end, 'من') && w.is(i, counted.end + 1, 'ذلك');
  const later = !after && w.is(i, counted.end, 'later');
  if (!ofThat && !later) return null;
  const end = ofThat ? counted.end + 2 : counted.end + 1;
  const { unit, n } = counted;
  if (unit === 'day' || unit === 'week')
    return {
      start: i,
      end,
      spec: { kind: 'relative-day', offset: n * (unit === 'week' ? 7 : 1), told: true },
    };
  return { start: i, end, spec: { kind: 'period', unit, offset: n, weekStart: 1, told: true } };
}

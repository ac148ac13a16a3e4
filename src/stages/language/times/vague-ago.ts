import { UNITS, VAGUE_RUN_DAYS } from './time-lexicon.js';
import type { LexemeWindow, TimeMatch } from './time-match.js';

/** Vague counts before the unit (folded): «بضعة أيام», «عدة أسابيع», "a few days", "several weeks". */
const VAGUE_COUNTS = new Set(['بضعه', 'بضع', 'عده', 'few', 'several']);
/** Words after the unit that keep it vague: «أيام قليلة», «أسابيع عدة». */
const VAGUE_AFTER = new Set(['قليله', 'عده']);

/**
 * «منذ أيام», «قبل بضعة أيام», «منذ أسابيع», "days ago", "a few weeks ago": a time ago told without its count
 * is vague recency, told like "in recent days" (its month), not the day of writing. «منذ أيام الحرب» (the
 * days of a thing) and «قبل أيام من الانتخابات» (days before a thing) count from something else. «منذ أيام» is
 * "ago" only where its clause ends: with more words after it, it tells how long something has lasted
 * («تدور اشتباكات منذ أيام بين …», for days) or the days of someone («منذ أيام مؤسسهم»).
 *
 * @example vagueAgo(window('منذ أيام'), 0)?.spec // { kind: 'recent', days: 7 }
 */
export function vagueAgo(w: LexemeWindow, i: number): TimeMatch | null {
  const arabic = w.is(i, i, 'منذ', 'قبل');
  let k = arabic ? i + 1 : i;
  if (w.is(i, k, 'a') && w.is(i, k + 1, 'few')) k++;
  if (w.at(i, k) && VAGUE_COUNTS.has(w.lex[k].norm)) k++;
  const unit = w.at(i, k) ? UNITS.matchAt(w.lex, k) : null;
  const kind = unit?.value.unit;
  if (!unit || unit.value.count !== undefined || (kind !== 'day' && kind !== 'week')) return null;
  let end = k + unit.length;
  if (!arabic) return w.is(i, end, 'ago') ? run(i, end + 1, kind) : null;
  if (w.at(i, end) && VAGUE_AFTER.has(w.lex[end].norm)) end++;
  const next = w.at(i, end);
  if (next?.kind === 'word' && (w.is(i, i, 'منذ') || next.norm === 'من' || next.norm.startsWith('ال')))
    return null;
  return run(i, end, kind);
}

function run(start: number, end: number, unit: 'day' | 'week'): TimeMatch {
  return { start, end, spec: { kind: 'recent', days: VAGUE_RUN_DAYS[unit] } };
}

import { AGO_BEFORE, UNITS, VAGUE_RUN_DAYS } from './time-lexicon.js';
import type { LexemeWindow, TimeMatch } from './time-match.js';

/** Vague counts before the unit (folded): «بضعة أيام», «عدة أيام», "a few days", "several days". */
const VAGUE_COUNTS = new Set(['بضعه', 'بضع', 'عده', 'few', 'several']);
/** Words after the unit that keep it vague: «أيام قليلة», «أيام عدة». */
const VAGUE_AFTER = new Set(['قليله', 'عده']);
/**
 * Words that may follow «منذ أيام» when it dates an act: a place, a source or a new clause («منذ أيام في
 * هجوم», «منذ أيام، بحسب»). Any other word may make «أيام» the days of something («منذ أيام زعيمهم») or
 * the days a fight has run («تدور معارك منذ أيام بين …»).
 */
const FOLLOWS_AGO = new Set(['في', 'علي', 'عند', 'قرب', 'داخل', 'اثناء', 'بحسب', 'حسب', 'وفق']);

/**
 * «منذ أيام», «قبل بضعة أيام», "days ago", "a few days ago": days ago told without their count are vague
 * recency, told like "in recent days" (its month), not the day of writing; so are «ومنذ أيام،», «وقبل أيام»
 * behind a conjunction. Weeks ago («قبل أسابيع») may be well over a month back, and are left alone.
 *
 * @example vagueAgo(window('منذ أيام'), 0)?.spec // { kind: 'recent', days: 7 }
 */
export function vagueAgo(w: LexemeWindow, i: number): TimeMatch | null {
  const ago = w.lex[i].kind === 'word' ? AGO_BEFORE.matchAt(w.lex, i) : null;
  const arabic = ago !== null;
  let k = ago ? i + ago.length : i;
  if (w.is(i, k, 'a') && w.is(i, k + 1, 'few')) k++;
  if (w.at(i, k) && VAGUE_COUNTS.has(w.lex[k].norm)) k++;
  const unit = w.at(i, k) ? UNITS.matchAt(w.lex, k) : null;
  if (!unit || unit.value.count !== undefined || unit.value.unit !== 'day') return null;
  let end = k + unit.length;
  if (!arabic) return w.is(i, end, 'ago') ? run(i, end + 1) : null;
  if (w.at(i, end) && VAGUE_AFTER.has(w.lex[end].norm)) end++;
  const next = w.at(i, end);
  if (next?.kind === 'word' && !FOLLOWS_AGO.has(next.norm) && !/^[وف]/.test(next.norm)) return null;
  return run(i, end);
}

function run(start: number, end: number): TimeMatch {
  return { start, end, spec: { kind: 'recent', days: VAGUE_RUN_DAYS.day } };
}

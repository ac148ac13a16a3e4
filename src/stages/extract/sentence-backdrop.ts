/**
 * "وكانت الجماعة قد شنت العام الماضي حملة مكنتها من دخول المدينة": a clause that tells no date of its own
 * goes on from an earlier clause of its sentence dated by a year or a month. That coarse date is the
 * backdrop of the whole sentence (a recalled campaign, last year's offensive), so it dates the clause's
 * incident too. A day is left alone (it tells one act of the sentence), and so is a stretch that runs
 * on ("منذ عام 2011", "since the war broke out in 2014"), which dates no single act.
 */
import type { DateRef } from '../../core/records.js';
import type { Frame } from './frame-builder.js';
import { nearestTime } from './incident-date.js';
import { tokenAt } from './sentence-view.js';

/**
 * "منذ", "since", up to five words before the date with no clause break between: a running stretch ("since
 * the revolt first flared up in June 2013").
 */
const RUNS_FROM = /(?:^|\s)[وف]?(?:منذ|since)(?:\s+[^\s,،.;:]+){0,5}\s+$/i;
/** Characters before a date read for the word that opens a stretch. */
const RUNS_REACH = 48;
/** A time expression that holds its "منذ" or "since" itself ("منذ العام الماضي"). */
const OPENS_A_RUN = /^[وف]?(?:منذ|since)\s/i;

/** Whether the time at `span` is a stretch running on from a date. */
function runsFrom(span: readonly [number, number], text: string): boolean {
  return (
    OPENS_A_RUN.test(text.slice(span[0], span[1])) ||
    RUNS_FROM.test(text.slice(Math.max(0, span[0] - RUNS_REACH), span[0]))
  );
}

/** The year or month an earlier clause of the frame's sentence gives, as the frame's date, or null. */
export function sentenceBackdrop(frame: Frame, text: string): DateRef | null {
  const coarse = frame.view.times.filter(
    (t) => t.precision !== 'day' && tokenAt(frame.view, t.span[0]) < frame.from && !runsFrom(t.span, text),
  );
  return coarse.length > 0 ? nearestTime(frame, coarse, text) : null;
}

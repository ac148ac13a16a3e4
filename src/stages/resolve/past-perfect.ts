import type { DateRef, EventRecord, TimeExpression } from '../../core/records.js';
import { dateRef } from '../../core/record-refs.js';

/**
 * "had been killed", "had fled", «كان قد قتل», «كانت قد اختطفت»: the past perfect (or its Arabic «كان قد»)
 * right before an incident's word tells it as earlier than the news it is told with.
 */
const PAST_PERFECT =
  /(?:\bhad\s+(?:been\s+)?(?:\w+ly\s+)?|(?:^|\s)[وف]?(?:كان|كانت|كانوا)\s+قد\s+(?:تم\s+)?)$/i;
/**
 * "after", "following the", «بعد», «عقب», «إثر» (or «بعد أن» and its verb) leading to the word: "jailed nine
 * after protests turned violent a year ago". It tells the incident as earlier than the act of its sentence.
 */
const AFTER =
  /(?:\b(?:after|following)\s+(?:the\s+)?|(?:^|\s)[وف]?(?:بعد|عقب|[إا]ثر|في\s+[أا]عقاب)\s+(?:(?:أن|ان)\s+[^\s.,،;؛]+\s+)?)$/i;
/** Characters before the incident's word within which its past perfect stands. */
const PERFECT_REACH = 40;
/** A clause break between the incident's word and a date: past one, the date is another clause's. */
const BREAK = /[.;!?؟\n]/;

/**
 * "Police on Monday found the grave of a farmer who had been killed by gunmen in 2014": an incident told
 * in the past perfect, with a written date of its own after its word that lies before the day it was
 * dated by, is told as background of that day's news; its own date dates it (and so it turns historical).
 * So is one told after "after" when the day it was dated by is the act's told before its word ("a court on
 * Monday jailed nine after protests turned violent a year ago"); a day after its word may be its own ("after
 * two truces, the first on 13 May and the second on 10 July": the second truce's).
 * A statement's day with no date of the incident's own stays ("police said on Monday that the farmer had
 * been killed": only the tense of reported speech). Returns the incident's own date, or null.
 */
export function olderOwnDate(
  event: EventRecord,
  text: string,
  times: readonly TimeExpression[],
): DateRef | null {
  const date = event.date;
  const trigger = event.event_type?.spans[0];
  if (!date || !trigger) return null;
  const before = text.slice(Math.max(0, trigger[0] - PERFECT_REACH), trigger[0]);
  const dayBefore = date.spans.length > 0 && date.spans.every(([, end]) => end <= trigger[0]);
  if (!PAST_PERFECT.test(before) && !(dayBefore && AFTER.test(before))) return null;
  const own = times.find(
    (t) =>
      t.value !== null &&
      !t.end &&
      t.span[0] >= trigger[1] &&
      !BREAK.test(text.slice(trigger[1], t.span[0])) &&
      t.value < date.value.slice(0, t.value.length),
  );
  return own ? dateRef(own.value!, own.precision, [own.span]) : null;
}

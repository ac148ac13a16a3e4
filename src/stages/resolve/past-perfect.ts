import type { DateRef, EventRecord, TimeExpression } from '../../core/records.js';
import { dateRef } from '../../core/record-refs.js';

/**
 * "had been killed", "had fled", «كان قد قتل», «كانت قد اختطفت»: the past perfect (or its Arabic «كان قد»)
 * right before an incident's word tells it as earlier than the news it is told with. So does "after" or
 * «بعد أن» (with its verb) leading to the word: "jailed nine after protests turned violent a year ago".
 */
const PAST_PERFECT =
  /(?:\bhad\s+(?:been\s+)?(?:\w+ly\s+)?|\b(?:after|following)\s+(?:the\s+)?|(?:^|\s)[وف]?(?:كان|كانت|كانوا)\s+قد\s+(?:تم\s+)?|(?:^|\s)[وف]?بعد\s+(?:أن|ان)\s+[^\s.,،;؛]+\s+)$/i;
/** Characters before the incident's word within which its past perfect stands. */
const PERFECT_REACH = 40;
/** A clause break between the incident's word and a date: past one, the date is another clause's. */
const BREAK = /[.;!?؟\n]/;

/**
 * "Police on Monday found the grave of a farmer who had been killed by gunmen in 2014": an incident told
 * in the past perfect (or after "after"), with a written date of its own after its word that lies before the day it was
 * dated by, is told as background of that day's news; its own date dates it (and so it turns historical).
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
  if (!PAST_PERFECT.test(text.slice(Math.max(0, trigger[0] - PERFECT_REACH), trigger[0]))) return null;
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

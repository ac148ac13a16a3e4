// A day told in a pluperfect clause after the incident's word: that clause's day, not the incident's.
import type { EventRecord } from '../../core/records.js';

/**
 * «كان المقاتلون قد التجؤوا اليه», «وكانت القوات قد انسحبت»: «كان … قد» with a subject of its own between them
 * (one or two words) and its verb: another act, told in the pluperfect. Without a subject («التي كانت قد
 * اندلعت») the clause may tell the incident itself; so may English "where supporters had gathered on
 * Thursday", which names the scene of the news as often as an earlier act, and is left be.
 */
const PLUPERFECT = /(?:^|\s)[وف]?(?:كان|كانت|كانوا)\s+(?:[^\s.,،]+\s+){1,2}قد\s+[^\s.,،]+/;
/** A clause break: a day past one belongs to another sentence's words. */
const BREAK = /[.;!?؟\n]/;

/**
 * «قامت النصرة باقتحام مخيم في قرية قاح كان المقاتلون قد التجؤوا اليه الاثنين» (stormed a camp the fighters
 * had taken refuge in on Monday): a day told after the incident's word, past a pluperfect verb of another
 * act with its own subject, dates that earlier act (the refuge), not the incident. The incident keeps no day
 * of its own from it; the merger may then find it the incident told before, and dating gives it the day of
 * the story.
 *
 * @example dayOfPluperfectClause(event, text) // true when its date is «الاثنين» after «كان … قد التجؤوا»
 */
export function dayOfPluperfectClause(event: EventRecord, text: string): boolean {
  const date = event.date;
  const trigger = event.event_type?.spans[0];
  if (!date || date.basis || date.spans.length !== 1 || !trigger) return false;
  const [at] = date.spans[0];
  if (at < trigger[1]) return false;
  const between = text.slice(trigger[1], at);
  return !BREAK.test(between) && PLUPERFECT.test(between);
}

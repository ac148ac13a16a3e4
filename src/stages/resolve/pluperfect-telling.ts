import type { EventRecord } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { ARABIC_SAYING_VERBS } from '../../core/text/saying-words.js';

/**
 * "had been burnt alive", "had attacked", "had earlier been shot", «وكان داعش قد دمر», «كانت قد تم»: the
 * pluperfect just before a trigger (Arabic «كان … قد», its subject of up to three words between).
 */
const HAD_BEFORE =
  /(?:\bhad\s+(?:(?:already|earlier|once|also|been|allegedly)\s+){0,2}|(?:^|\s)[وف]?(?:كان|كانت|كانوا)\s+(?:[^\s.,،]+\s+){0,3}قد\s+(?:تم\s+)?)$/i;
/**
 * "police said", "according to", "told reporters", «وقالت الشرطة», «بحسب», «وفق»: a report, whose pluperfect
 * may tell the day's news.
 */
const REPORTED = new RegExp(
  String.raw`\b(?:said|says|say|told|according to|reported|reports|claimed|added|stated|confirmed)\b|(?:^|\s)[وف]?(?:${ARABIC_SAYING_VERBS}|[أا]ضاف|[أا]ضافت|بحسب|حسب|وفق|نقلت|نقل)(?:\s|$)`,
  'i',
);

/**
 * "ten ram sevaks from juntanagar had been burnt alive on board the train at godhra", "panchal had lost four
 * members of his family in the godhra carnage": an incident told only in the pluperfect or by its name (the
 * town and the incident noun after "the"), outside reported speech, is older than the story around it, which
 * the lead's day and the publication date date. Its own day unknown, it takes neither. "Police said gunmen
 * had opened fire" («وقالت الشرطة إن مسلحين كانوا قد أطلقوا النار») is the day's news retold, and keeps them.
 *
 * @example toldAsEarlier(e, 'ten men had been burnt alive at godhra.') // true
 */
export function toldAsEarlier(event: EventRecord, text: string): boolean {
  const triggers = event.event_type?.spans ?? [];
  if (triggers.length === 0 || event.evidence.some(([from, to]) => REPORTED.test(text.slice(from, to))))
    return false;
  const places = event.location?.spans ?? [];
  const named = (start: number) =>
    places.some(
      ([from, to]) =>
        to <= start && start - to <= 2 && /\bthe\s+$/i.test(text.slice(Math.max(0, from - 5), from)),
    );
  const pluperfect = (start: number) => HAD_BEFORE.test(text.slice(Math.max(0, start - 40), start));
  return (
    triggers.some(([start]) => pluperfect(start)) &&
    triggers.every(([start]: Span) => pluperfect(start) || named(start))
  );
}

import type { EventRecord } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { isHistorical } from './timing-judge.js';

/**
 * «بعد تحرير», «منذ سقوط», "after the fall", "since the siege": a preposition of time right before an
 * incident's noun (up to its end), which makes the incident the point another act is counted from.
 */
const ANCHOR_NOUN =
  /(?:(?:^|[\s،,(])[وف]?(?:بعد|عقب|[اإأ]ثر|منذ|قبل)|\b(?:after|following|since|before|in\s+the\s+wake\s+of)\s+the)\s+[^\s،,.]+$/i;
/**
 * «ويأتي ذلك بعد», «وجاء هذا عقب», "This comes after", "It came days after": a sentence that opens by
 * telling what the news before it followed; every incident it goes on to name is that earlier one.
 */
const COMES_AFTER =
  /^\s*(?:[وف]?[يت]?(?:[اأ]تي|جاء|جاءت)\s+(?:ذلك|هذا|هذه|ذاك)\s+(?:\S+\s+){0,2}(?:بعد|عقب|[اإأ]ثر)|(?:this|that|it)\s+(?:comes?|came)\s+(?:\S+\s+){0,2}(?:after|following))\s/i;
/** Characters after an anchoring incident's noun within which a date is told as its own («بعد تحرير عدن في 17 يوليو»). */
const OWN_DATE_REACH = 24;
/** A clause break: a date past one is told for another act. */
const BREAK = /[،,;:.!?؟\n]/;

/**
 * «وبعد تحرير المدينة هبطت أول طائرة إغاثة أمس», "Since the fall of the town, aid has arrived on Monday": an
 * incident told once, without a toll, only as the time another act is counted from is a known one, not the
 * news. A day told for the other act does not date it, nor does the publication day (the guide leaves an
 * undated background reference null). A date written within the anchor's own words still dates it.
 */
export function toldAsAnchor(event: EventRecord, text: string): boolean {
  const triggers = event.event_type?.spans ?? [];
  const sentence = event.evidence[0];
  if (event.evidence.length !== 1 || triggers.length === 0 || !sentence) return false;
  if (event.fatalities !== null || event.injuries !== null) return false;
  const opens = COMES_AFTER.test(text.slice(sentence[0], triggers[0][0]));
  if (!opens && !triggers.every((t) => anchorNoun(t, event, text))) return false;
  return !(event.date?.spans ?? []).some((d) => ownDate(d, triggers, text));
}

/**
 * Drops the day another act lent an anchoring incident. When that day is recent, the guide's default holds
 * for the incident left undated: nothing says it is more than a month old, so it is current, whatever the
 * words of time before it («بعد تحرير …») made of it in the extract stage.
 */
export function undateAnchor(event: EventRecord, reference: string | null): void {
  const recent = event.date !== null && reference !== null && !isHistorical(event.date.value, reference);
  event.date = null;
  if (recent && event.timing?.value === 'historical') event.timing = null;
}

/**
 * A trigger right after an anchoring preposition, and definite: «بعد الهجوم», «بعد تحرير عدن» (a noun before
 * "ال" or the incident's place). An indefinite one («بعد اشتباكات عنيفة», "after fierce clashes") tells how
 * the news itself came about.
 */
function anchorNoun(t: Span, event: EventRecord, text: string): boolean {
  if (!ANCHOR_NOUN.test(text.slice(Math.max(0, t[0] - 40), t[1]))) return false;
  if (LATIN.test(text.slice(t[0], t[1]))) return true;
  const noun = LAST_WORD.exec(text.slice(t[0], t[1]))![0];
  NEXT_WORD.lastIndex = t[1];
  const next = NEXT_WORD.exec(text);
  const place = event.location?.spans.some(
    ([from]) => next !== null && from === t[1] + next[0].indexOf(next[1]),
  );
  return DEFINITE.test(noun) || (next !== null && DEFINITE.test(next[1])) || place === true;
}

/** «الهجوم», «والتفجير», «بالقصف»: an Arabic word made definite by its article. */
const DEFINITE = /^[وف]?[بل]?ال/;
/** An English trigger: the Arabic article does not apply to it. */
const LATIN = /[a-z]/i;
const LAST_WORD = /[^\s]+$/;
/** The word right after a trigger, read in place (sticky) rather than from a copy of the text's rest, once per trigger. */
const NEXT_WORD = /\s+(\S+)/y;

/** A date inside the anchor's words: after one of its nouns, near it, with no clause break between. */
function ownDate(date: Span, triggers: Span[], text: string): boolean {
  return triggers.some(
    (t) => date[0] >= t[1] && date[0] - t[1] <= OWN_DATE_REACH && !BREAK.test(text.slice(t[1], date[0])),
  );
}

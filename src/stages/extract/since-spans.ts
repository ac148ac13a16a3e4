import type { Frame } from './frame-builder.js';
import { inPlaceName, marksBetween, type SentenceView } from './sentence-view.js';

// Spans of time counted from a day or an incident ("since the war began", "منذ اجتياحها العاصمة"): what is told
// over one is a running total, and the incident one counts from is told as a date, not as news.

/**
 * "منذ اغتيال الحريري", "since the assassination": an incident a span of time is counted from, told before;
 * with its own date ("منذ سيطرته على البلدة في الخامس من مارس 2015") it is that past incident, kept.
 */
export function sinceIncident(frame: Frame): boolean {
  const view = frame.view;
  let at = frame.triggers[0].start;
  // Only a "since" ending at or before the trigger returns true below: most sentences have none.
  if (!view.cues.some((c) => c.phrase.tag === 'total' && c.end <= at)) return false;
  // "since the Ghouta massacre": the place that names the incident may stand before it.
  while (at > 0 && at > frame.triggers[0].start - 3 && inPlaceName(view, at - 1)) at--;
  // "since the communal violence erupted", "منذ اندلاع الاحتجاجات": a word or two may qualify it.
  for (let k = 0; k < SINCE_QUALIFIERS && at > 0 && QUALIFIER.test(view.tokens[at - 1].norm); k++) at--;
  if (DETERMINER.test(view.tokens[at - 1]?.norm ?? '')) at--;
  return view.cues.some((c) => c.phrase.tag === 'total' && c.end === at);
}

/**
 * "Since the truce, militants have killed 200 people": a "since" phrase opening the sentence, closed by a
 * comma before the act, counts what the rest of the sentence tells from that day or incident on, whatever it
 * counts from: a running total. English only: «منذ» opens Arabic sentences that date one act as often.
 */
export function sinceOpening(frame: Frame, text: string): boolean {
  const view = frame.view;
  if (view.tokens[0]?.norm !== 'since') return false;
  const act = frame.triggers[0].start;
  for (let k = 0; k < act - 1; k++) if (marksBetween(view, text, k, /,/)) return true;
  return false;
}

/** Words that may stand between "since" and the incident it counts from: "communal", "اندلاع", "بدء". */
const QUALIFIER =
  /^(?:communal|sectarian|recent|latest|last|first|deadly|bloody|massive|[وب]?(?:ال)?(?:اندلاع|بدء|بدايه|انطلاق|وقوع))$/i;
const SINCE_QUALIFIERS = 2;
const DETERMINER = /^(?:the|its|their|his|her)$/i;

/**
 * "واختطفت الجماعة منذ اجتياحها العاصمة آلاف الناشطين", "hundreds have been abducted since the fighting
 * started", "أحرق 15 منزلا منذ عام 2008": acts counted since a day or an incident are a running total.
 * "since" must follow the first act: "مجهول منذ اختطافهم في فبراير" dates one abduction. People taken are
 * counted so whatever the day; other acts only with no day of their own (which the caller says by
 * `undated`), counted from a war, a year or months back ("clashes raged for days" are one fight going on),
 * and not as the worst of their kind since then ("أسوأ هجوم منذ سنوات").
 */
export function countedSince(frame: Frame, undated: boolean): boolean {
  const taking = frame.family === 'abduction';
  if (!taking && !undated) return false;
  const tokens = frame.view.tokens;
  const first = frame.triggers[0];
  // "واختطف المسلحون منذ سيطرتهم": the word may open the next frame, of the incident counted from.
  const since = frame.view.cues.find(
    (c) =>
      c.phrase.tag === 'total' &&
      c.start >= first.end &&
      c.start <= frame.to &&
      (taking ? c.start - first.end : countedWordsBetween(frame.view, first.end, c.start)) <= SINCE_REACH,
  );
  if (since === undefined || taking) return since !== undefined;
  let origin = since.end;
  while (ORIGIN_OPENER.test(tokens[origin]?.norm ?? '')) origin++;
  const ranked = tokens
    .slice(Math.max(0, first.start - RANK_REACH), since.start)
    .some((t) => RANK.test(t.norm));
  return LONG_ORIGIN.test(tokens[origin]?.norm ?? '') && !ranked;
}

/** How far after the first act its "since" stands: past its subject ("اختطفت جماعة الحوثيين المتمردة منذ"). */
const SINCE_REACH = 5;

/**
 * The words in `[from, to)` that count against `SINCE_REACH`: a place's name and the word that opens it
 * count for none, however long the name («أحرقت 7 مزارع في سهل البقاع الغربي منذ عام 2012»). Only for acts
 * counted from a long span: people taken are counted from any "since", and «احتجزوا ثلاثة من شرطة بني وليد
 * رهائن منذ مساء الأحد» is one hostage-taking that goes on, its place name no reason to reach further.
 */
function countedWordsBetween(view: SentenceView, from: number, to: number): number {
  const opensPlace = (k: number) => k + 1 < to && inPlaceName(view, k + 1);
  let words = 0;
  for (let k = from; k < to; k++) if (!inPlaceName(view, k) && !opensPlace(k)) words++;
  return words;
}
/** Words that open what a span is counted from: "since the war", "since early 2014". */
const ORIGIN_OPENER = /^(?:the|early|mid|late)$/i;
/** What a long span is counted from: a war or its start, a year, a month, years or months. */
const LONG_ORIGIN =
  /^(?:war|conflict|fighting|uprising|revolution|crisis|insurgency|start|beginning|outbreak|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|[وب]?(?:ال)?(?:حرب|بدايه|بدء|مطلع|اندلاع|انطلاق|عام|سنوات|اشهر|شهور))$/i;
/** "the worst attack since 2014", "أسوأ هجوم منذ سنوات": an act ranked against the past is one act. */
const RANK =
  /^(?:worst|deadliest|biggest|largest|bloodiest|heaviest|first|latest|(?:ال)?(?:اسوا|اعنف|اكبر|اخطر|ادمي|اشد))$/i;
/** How far before the act its rank may stand ("the deadliest such attack"). */
const RANK_REACH = 3;

import type { DateRef, Document, EventRecord, TimeExpression } from '../../core/records.js';
import { dateRef } from '../../core/record-refs.js';
import type { Span } from '../../core/span.js';
import { ARABIC_SAYING_VERBS, REPORTING_VERBS } from '../../core/text/saying-words.js';
import { otherActBefore } from '../../core/text/other-act-day.js';
import { isHistorical } from './timing-judge.js';

/**
 * Nouns that name an incident as a whole ("the crime which was committed … on Monday November 13", "during
 * the fighting, where bombers blew up cars last night"), fighting and clashes among them: a sentence that
 * gives such a noun a day tells when the incident it sums up took place.
 */
const INCIDENT_NOUN =
  /\b(?:crime|massacre|attacks?|bombings?|explosions?|blasts?|assault|raids?|shelling|killings?|fighting|clashes|battle)\b|(?:^|\s)[وفب]?(?:ال)?(?:جريمة|مجزرة|هجوم|هجمات|تفجير|تفجيرات|انفجار|اعتداء|غارة|غارات|قصف|حادث|حادثة|قتال|اشتباكات|معارك|معركة|مواجهات)(?:\s|$)/i;
/** "Wednesday's violence", "Friday's deadly clashes": a day in the possessive names the incident after it. */
const NAMES_INCIDENT =
  /^['’]+s\s+(?:[a-z-]+\s+)?(?:violence|riots?|rioting|crime|massacre|attacks?|bombings?|explosions?|blasts?|raids?|shelling|killings?|fighting|clashes)\b/i;
/** "وفي ذلك اليوم من مارس 1988", "on that day in May 1982": a day the story points back to, told with its date. */
const THAT_DAY =
  /(?:(?:^|\s)(?:ذلك|تلك)\s+(?:اليوم|الليلة)(?:\s+من)?|\bthat\s+(?:day|night)(?:\s+(?:in|of))?)\s+$/i;
/** "since" and the words up to a date, within one clause: the date starts a span of time. */
export const SINCE = /(?:\bsince\b|(?:^|\s)[وف]?منذ\s)[^.;:!?؟؛\n]*$/i;
/**
 * "the raids, which began a day earlier": the day a campaign began, told in passing in a relative clause;
 * the incident told after it is one of the campaign's days, not its first.
 */
const BEGAN_ON = /\b(?:that|which)\s+(?:began|started)\s+(?:on\s+)?$/i;
/** "said on", "قال يوم": a date that dates words said, not the incident. */
const SAID_BEFORE = /(?:\bsaid(?:\s+on)?|(?:^|\s)[وف]?(?:قال|قالت|أعلن|اعلن|بيان)(?:\s+(?:في|يوم))?)\s*$/i;
/** "who on Tuesday blamed the rebels for the massacre": the day of the words about the incident. */
const SPOKEN_AFTER = /^\s*(?:blamed|said|says|told|accused|denied|announced|claimed|condemned)\b/i;
/**
 * "Also on Saturday troops beat back …", «ويوم السبت، …»: a day that heads its sentence dates the news the
 * sentence and the next one tell, whatever words follow.
 */
const HEADING = /^[\s"“«]*(?:(?:also|and|earlier|later)\s+)?(?:on\s+)?$|^[\s"“«]*[وف]?(?:في\s+)?$/i;
/** "On Wednesday the UN agency said …": a heading day of words said dates the words, not the news. */
const SAYING = new RegExp(
  String.raw`\b(?:${REPORTING_VERBS})\b|(?:^|\s)[وف]?(?:${ARABIC_SAYING_VERBS})(?:\s|$)`,
  'i',
);
/** Characters after a heading day within which its sentence's verb of saying stands. */
const SAYING_REACH = 60;
/** Characters around a date within which "said", "that day" or "blamed" tie it to words said or a day told. */
const CUE_REACH = 24;

/**
 * The day an undated incident's telling gives in words of its own: in the sentence before its first or
 * in any of its sentences, a day the sentence ties to an incident noun written before it ("The coalition
 * condemns the crime which was committed in the town on Monday November 13. Over 40 civilians were
 * killed when jets fired on a market.") or after it in the possessive ("following Wednesday's violence"),
 * to "that day" ("وفي ذلك اليوم من مارس 1988 … فقامت بقصفها"), or that heads the sentence ("Also on
 * Saturday …"), unless it is the day words were said.
 * A day after the reference date is to come, and does not date it; a day told in `answered`, the words of
 * the act the incident answers, dates that act. Failing these, a time long past that closes the sentence
 * before dates it (see `pastCarriedOn`).
 */
export function toldDay(
  doc: Document,
  first: number,
  last: number,
  reference: string | null,
  answered: Span | null = null,
): EventRecord['date'] {
  const text = doc.text ?? '';
  const sentences = doc.sentences ?? [];
  for (let k = Math.max(0, first - 1); k <= last && k < sentences.length; k++) {
    const [from, to] = sentences[k].span;
    const t = (doc.times ?? []).find(
      (x) =>
        x.span[0] >= from &&
        x.span[1] <= to &&
        x.value !== null &&
        !x.end &&
        (!reference || x.value <= reference.slice(0, x.value.length)) &&
        !(answered && x.span[0] >= answered[0] && x.span[1] <= answered[1]) &&
        tiedToIncident(text, from, x, k < first),
    );
    if (t) return dateRef(t.value!, t.precision, [t.span]);
  }
  return reference ? pastCarriedOn(doc, first, reference) : null;
}

/**
 * "the town, which the floods hit last summer", «البلدة التي سيطروا عليها العام الماضي»: a relative word in the
 * time's clause, before it; the time dates the clause's own act, not the story the sentence goes on with.
 */
const RELATIVE_BEFORE =
  /(?:\b(?:which|that|who|whom|where)\b|(?:^|\s)[وف]?(?:الذي|التي|الذين|حيث)\s)[^,،;؛:]*$/i;
/** What may follow a time that closes its sentence: quote marks, brackets, the stop. */
const CLOSING = /^[\s"'”»)\].!?؟؛;]*$/;

/**
 * "Anger had grown after the floods last summer. Riots broke out in the town.": the sentence just before the
 * incident's, in its paragraph, closes on a time long past (more than a month before `reference`), told of
 * its main clause (not "since", not a relative clause), and the incident's telling goes on from that past.
 * It is dated by that time, a run of months by its year.
 */
function pastCarriedOn(doc: Document, first: number, reference: string): DateRef | null {
  const text = doc.text ?? '';
  const before = doc.sentences?.[first - 1]?.span;
  const own = doc.sentences?.[first]?.span;
  if (!before || !own || text.slice(before[1], own[0]).includes('\n')) return null;
  const t = (doc.times ?? []).filter((x) => x.span[0] >= before[0] && x.span[1] <= before[1]).at(-1);
  if (!t?.value || !CLOSING.test(text.slice(t.span[1], before[1]))) return null;
  const words = text.slice(before[0], t.span[0]);
  if (SINCE.test(words) || RELATIVE_BEFORE.test(words)) return null;
  const date = asOneDate(t);
  return date && isHistorical(date.value, reference) ? date : null;
}

/** A time as a record's date: a run within one month by its month, within one year by its year; else none. */
function asOneDate({ value, end, precision, span }: TimeExpression): DateRef | null {
  if (!value) return null;
  if (!end || end === value) return dateRef(value, precision, [span]);
  if (value.slice(0, 7) === end.slice(0, 7)) return dateRef(value.slice(0, 7), 'month', [span]);
  return value.slice(0, 4) === end.slice(0, 4) ? dateRef(value.slice(0, 4), 'year', [span]) : null;
}

function tiedToIncident(
  text: string,
  sentenceStart: number,
  { span: [at, end], precision }: TimeExpression,
  sentenceBefore: boolean,
): boolean {
  const words = text.slice(sentenceStart, at);
  const cue = words.slice(-CUE_REACH);
  if (SINCE.test(words) || SAID_BEFORE.test(cue) || BEGAN_ON.test(cue)) return false;
  if (SPOKEN_AFTER.test(text.slice(end, end + CUE_REACH)) || otherActBefore(text, at) >= 0) return false;
  const heading = HEADING.test(words) && !SAYING.test(text.slice(end, end + SAYING_REACH));
  // In the incident's own sentence "following Wednesday's violence" names another incident, an earlier one.
  const named = sentenceBefore && NAMES_INCIDENT.test(text.slice(end, end + CUE_REACH + 16));
  return THAT_DAY.test(cue) || (precision === 'day' && (INCIDENT_NOUN.test(words) || heading || named));
}

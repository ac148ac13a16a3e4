/** Incidents alluded to by their famous name as a time reference: "after the Boston marathon bombings". */
import type { Span } from '../../core/span.js';
import { datedInClause } from './cue-scope.js';
import type { Frame } from './frame-builder.js';
import type { SentenceView } from './sentence-view.js';

/** "after", "since", "following", «بعد», «منذ», «عقب»: the news told as what came after the incident. */
const SINCE = /^(?:after|since|following|بعد|منذ|عقب)$/i;
/** Words of a name before an English incident noun: "the Boston marathon bombings", "the 2015 Paris attacks". */
const NAME_REACH = 4;
/** Arabic plural nouns of a series of incidents named by their town: «هجمات باريس», «تفجيرات بوسطن». */
const SERIES = /^(?:هجمات|تفجيرات|اعتداءات|احداث)$/;

/**
 * "Security was tightened after the Boston marathon bombings", «منذ هجمات باريس»: an incident named by its
 * place or a proper name, told only as what the news came after, with no day of its own in its clause, is a
 * background allusion: the words of the time word, else null. (A bare "after the attack" may be the news's
 * own incident and is left alone.)
 *
 * @example alludedIncident(frame, text) // the span of "after" in "after the Boston marathon bombings"
 */
export function alludedIncident(frame: Frame, text: string): Span | null {
  const { view, triggers } = frame;
  const first = triggers[0];
  if (frame.family !== 'violence' || triggers.some((t) => t.phrase.pos === 'verb')) return null;
  if (triggers.some((t) => t.start !== first.start || datedInClause(view, text, t))) return null;
  const time = first.phrase.lang === 'en' ? englishName(view, text, first.start) : arabicName(view, first);
  return time < 0 ? null : view.tokens[time].span;
}

/** "after the Boston marathon bombings": where the time word stands before "the" and the name, or -1. */
function englishName(view: SentenceView, text: string, start: number): number {
  for (let the = start - 2; the >= Math.max(1, start - 1 - NAME_REACH); the--) {
    if (view.tokens[the].norm !== 'the') continue;
    const name = view.tokens[the + 1];
    // "after the Monday attack": a day named in the name dates an incident of its own.
    const dated = view.times.some((t) => t.span[0] >= name.span[0] && t.span[0] < view.tokens[start].span[0]);
    const proper =
      /^(?:\p{Lu}|\d{4}$)/u.test(text.slice(name.span[0], name.span[1])) ||
      view.mentions.some((m) => m.place && m.span[0] === name.span[0]);
    return proper && !dated && SINCE.test(view.tokens[the - 1].norm) ? the - 1 : -1;
  }
  return -1;
}

/** «بعد هجمات باريس»: where the time word stands right before a series named by the town after it, or -1. */
function arabicName(view: SentenceView, trigger: Frame['triggers'][number]): number {
  const noun = view.tokens[trigger.start];
  const town = view.tokens[trigger.end];
  if (trigger.end - trigger.start !== 1 || !SERIES.test(noun.norm) || !town) return -1;
  const named = view.mentions.some((m) => m.place && m.span[0] === town.span[0]);
  return named && SINCE.test(view.tokens[trigger.start - 1]?.norm ?? '') ? trigger.start - 1 : -1;
}

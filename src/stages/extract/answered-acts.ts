import { answeredSpan } from '../../core/text/answer-words.js';
import type { PhraseHit } from './phrase-matcher.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** Tokens `[from, to)` of a sentence that tell the act another act answers. */
export type AnsweredTokens = readonly [number, number];

/**
 * "Jets struck the camp in retaliation for a rocket fired at Sderot", «ورداً على الهجوم، قصفت الطائرات …»:
 * the tokens that tell the act answered, the other side's act with its own place and day; null when the
 * sentence answers nothing.
 *
 * @example answeredTokens(view, text) // [4, 11] for the words from "retaliation" on
 */
export function answeredTokens(view: SentenceView, text: string): AnsweredTokens | null {
  const span = answeredSpan(text.slice(view.span[0], view.span[1]));
  if (!span) return null;
  return [tokenAt(view, view.span[0] + span[0]), tokenAt(view, view.span[0] + span[1])];
}

/** The trigger is told among the words of the act answered. */
export function answered(scope: AnsweredTokens | null, trigger: PhraseHit): boolean {
  return scope !== null && trigger.start >= scope[0] && trigger.start < scope[1];
}

/**
 * Where the words of two neighbouring frames divide when one tells the act the other answers: at the
 * answer words, or where the words of the act answered end. Undefined when both lie on one side.
 */
export function answerBoundary(
  scope: AnsweredTokens | null,
  first: PhraseHit,
  second: PhraseHit,
): number | undefined {
  if (answered(scope, first) === answered(scope, second)) return undefined;
  return answered(scope, second) ? scope![0] : scope![1];
}

/**
 * A frame's window `[from, to)` without the words of the act it answers, when it is the answering act:
 * «قصفت الطائرات غزة، رداً على إطلاق صاروخ يوم الأحد» — Sunday dates the rocket, not the raid, even when
 * the rocket itself is told only as a reference.
 */
export function withoutAnswered(
  scope: AnsweredTokens | null,
  trigger: PhraseHit,
  from: number,
  to: number,
): [number, number] {
  if (!scope || answered(scope, trigger)) return [from, to];
  return trigger.start < scope[0] ? [from, Math.min(to, scope[0])] : [Math.max(from, scope[1]), to];
}

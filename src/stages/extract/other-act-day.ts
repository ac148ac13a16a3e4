/**
 * A clause's day that gives another act's day ("a bus of families evacuated from a camp on Sunday")
 * does not date the clause's incident, unless a trigger of the incident stands between that act's verb and
 * the day ("visited the town and was shot on Friday").
 */
import { otherActBefore } from '../../core/text/other-act-day.js';
import type { Frame } from './frame-builder.js';

/** Whether the day at `t` follows a verb of another act with no trigger of the frame between them. */
export function datesAnotherAct(t: { span: readonly [number, number] }, frame: Frame, text: string): boolean {
  const verbAt = otherActBefore(text, t.span[0]);
  if (verbAt < 0) return false;
  return !frame.triggers.some((tr) => {
    const start = frame.view.tokens[tr.start].span[0];
    return start > verbAt && start < t.span[0];
  });
}

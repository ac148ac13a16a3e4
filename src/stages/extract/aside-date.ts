// "Mr Soros - who took on the Bank of England in the 1990s - was pelted by protesters": a year or a month told
// in an aside on a person, closed before the act, is the person's past, not the act's date.
import type { Frame } from './frame-builder.js';
import { mainTrigger } from './frame-builder.js';

/** The opening of a relative aside on a person, after a comma or a dash, not closed yet. */
const PERSON_ASIDE_OPENING =
  /(?:,|\s[-–—])\s*(?:(?:a|an|the)\s+(?:[\w'-]+\s+){1,3})?(?:who|whom|whose)\b[^,–—]*$/i;
/** The aside closed before the act: a comma, or a dash between spaces. */
const ASIDE_CLOSE = /,|\s[-–—]\s/;

/**
 * Whether time `t`, a year or a month, stands inside an aside on a person that closes before the frame's
 * trigger ("…, who took on the Bank of England in 1992, was pelted").
 *
 * @example inPersonAside(t, frame, 'Mr Soros, who sued the bank in 1992, was pelted') // true for 1992
 */
export function inPersonAside(
  t: { span: readonly [number, number]; precision: 'day' | 'month' | 'year' },
  frame: Frame,
  text: string,
): boolean {
  if (t.precision === 'day') return false;
  const triggerStart = frame.view.tokens[mainTrigger(frame).start].span[0];
  if (t.span[1] > triggerStart) return false;
  return (
    ASIDE_CLOSE.test(text.slice(t.span[1], triggerStart)) &&
    PERSON_ASIDE_OPENING.test(text.slice(frame.view.span[0], t.span[0]))
  );
}

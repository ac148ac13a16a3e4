import type { SentenceView } from './sentence-view.js';

/** How many words the means may take between "used" and "to" ("used two homemade bombs to attack"). */
const MEANS_REACH = 5;
/** "are used to attack", "could be used to kill": what a thing serves for, not an act done with it. */
const SERVING = /^(?:is|are|be|being|been)$/;

/**
 * "Gunmen used stones to attack the office": an infinitive after the means a side used is the act it did with
 * them, not an aim. Only with the means between: "used to attack" right after is a habit. `to` is the index
 * of the "to" before the verb.
 *
 * @example doneWithMeans(view, 4) // true for "Youths used stones to attack the office."
 */
export function doneWithMeans(view: SentenceView, to: number): boolean {
  for (let k = to - 2; k >= Math.max(0, to - 1 - MEANS_REACH); k--)
    if (view.tokens[k].norm === 'used') return !SERVING.test(view.tokens[k - 1]?.norm ?? '');
  return false;
}

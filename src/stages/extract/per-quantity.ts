import type { Quantity } from '../../core/records.js';

/**
 * `read` answered once per count and text: every frame of a sentence asks again about the sentence's counts
 * (event-builder twice per frame, toll-carry), and the patterns behind an answer scan up to 260 characters
 * each time. A count read against another text is read afresh.
 *
 * @example const runningTotal = perQuantity(readAsRunning); runningTotal(q, text) === runningTotal(q, text)
 */
export function perQuantity<T>(read: (q: Quantity, text: string) => T): (q: Quantity, text: string) => T {
  const known = new WeakMap<Quantity, { text: string; answer: T }>();
  return (q, text) => {
    const hit = known.get(q);
    if (hit !== undefined && hit.text === text) return hit.answer;
    const answer = read(q, text);
    known.set(q, { text, answer });
    return answer;
  };
}

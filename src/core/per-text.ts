/**
 * `read` answered once per item (a count, a place's mention …), text and starting offset: every frame of a
 * sentence asks again about the sentence's counts and places, and the patterns behind an answer scan tens to
 * hundreds of characters each time. An item read against another text, or from another offset, is read
 * afresh; items are told apart by identity, so they must not change while they are asked about.
 *
 * @example const runningTotal = perText(readAsRunning); runningTotal(q, text) === runningTotal(q, text)
 * @example const aside = perText(namedAside); aside(m, text, sentenceStart) // namedAside(m, text, sentenceStart)
 */
export function perText<K extends object, T>(
  read: (item: K, text: string, from: number) => T,
): (item: K, text: string, from?: number) => T {
  const known = new WeakMap<K, { text: string; from: number; answer: T }>();
  return (item, text, from = 0) => {
    const hit = known.get(item);
    if (hit !== undefined && hit.text === text && hit.from === from) return hit.answer;
    const answer = read(item, text, from);
    known.set(item, { text, from, answer });
    return answer;
  };
}

/**
 * `read` answered once per item (a count, a place's mention …), text and starting offset: every frame of a
 * sentence asks again about the sentence's counts and places, and the patterns behind an answer scan tens to
 * hundreds of characters each time. An item read against another text, or from another offset, is read
 * afresh; items are told apart by identity, so they must not change while they are asked about.
 *
 * The answers are kept for one text at a time, in a Map that a new text replaces. Kept in a WeakMap, as
 * before, each new item cost a WeakMap set, some microseconds on Node 20 against a fraction of that for a Map;
 * a Map kept for good would hold every document's items. This one holds only the items of the last text
 * asked about, which the memo's readers have done with once they ask about another.
 *
 * @example const runningTotal = perText(readAsRunning); runningTotal(q, text) === runningTotal(q, text)
 * @example const aside = perText(namedAside); aside(m, text, sentenceStart) // namedAside(m, text, sentenceStart)
 */
export function perText<K extends object, T>(
  read: (item: K, text: string, from: number) => T,
): (item: K, text: string, from?: number) => T {
  let current: string | undefined;
  let known = new Map<K, { from: number; answer: T }>();
  return (item, text, from = 0) => {
    if (text !== current) {
      current = text;
      known = new Map();
    }
    const hit = known.get(item);
    if (hit !== undefined && hit.from === from) return hit.answer;
    const answer = read(item, text, from);
    known.set(item, { from, answer });
    return answer;
  };
}

/**
 * `read` answered once per item, items told apart by identity: every frame of a sentence asks again what
 * only the sentence's view decides (its claim words, its words of support), and each answer scans the
 * whole sentence. Items must not change while they are asked about, and answers are shared, not copied:
 * callers only read them.
 *
 * Only the last item's answer is kept. The frames of a sentence are read one after another, so every
 * repeated question is about the item asked about just before (over the corpus a memo of every item saved
 * no read more than this one), and an item asked about again after another is only read afresh. A WeakMap
 * of every item cost a set of some microseconds for each, and its collector's work.
 *
 * @example const claims = oncePer(claimWords); claims(view) === claims(view)
 */
export function oncePer<K extends object, T>(read: (item: K) => T): (item: K) => T {
  let last: { item: K; answer: T } | undefined;
  return (item) => {
    if (last?.item === item) return last.answer;
    last = { item, answer: read(item) };
    return last.answer;
  };
}

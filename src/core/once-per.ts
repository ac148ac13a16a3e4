/**
 * `read` answered once per item, items told apart by identity: every frame of a sentence asks again what
 * only the sentence's view decides (its claim words, its words of support), and each answer scans the
 * whole sentence. Items must not change while they are asked about, and answers are shared, not copied:
 * callers only read them.
 *
 * @example const claims = oncePer(claimWords); claims(view) === claims(view)
 */
export function oncePer<K extends object, T>(read: (item: K) => T): (item: K) => T {
  const known = new WeakMap<K, { answer: T }>();
  return (item) => {
    const hit = known.get(item);
    if (hit !== undefined) return hit.answer;
    const answer = read(item);
    known.set(item, { answer });
    return answer;
  };
}

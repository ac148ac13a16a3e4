/**
 * Where, walking back from token `start` to just after token `end`, a later clause opens: the first token
 * `k` (the nearest to `start`) before which `opens(k)` finds an opening — a comma, "and", "، كما" — so the
 * words after it belong to the clause of the second incident. Each caller tells an opening by its own
 * words; the walk is the same. Undefined when nothing opens a clause there.
 *
 * @example clauseOpening(8, 1, (k) => words[k - 1] === ',') // 5 for "rebels shelled the town , two boys died"
 */
export function clauseOpening(start: number, end: number, opens: (k: number) => boolean): number | undefined {
  for (let k = start; k > end; k--) if (opens(k)) return k;
  return undefined;
}

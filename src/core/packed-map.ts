/**
 * `items.map(f)`, built by pushing. V8's `map` makes a packed array until the calling function is optimised
 * and a holey one after (it inlines `map` with the length reserved up front); a function that reads the
 * result learnt the packed layout first and is deoptimised, then recompiled, when the holey one comes. A
 * pushed array is packed either way, so its readers keep one layout.
 *
 * @example packedMap([1, 2], (n) => n * 2) // [2, 4]
 */
export function packedMap<T, U>(items: readonly T[], f: (item: T) => U): U[] {
  const out: U[] = [];
  for (const item of items) out.push(f(item));
  return out;
}

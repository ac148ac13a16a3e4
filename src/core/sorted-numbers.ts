/**
 * The index of the last of `sorted` (ascending) at or before `value`, by binary search; -1 when all come after
 * it. Given sentences' starts, the sentence an offset falls in.
 *
 * @example lastAtOrBefore([0, 40, 95], 60) === 1
 */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

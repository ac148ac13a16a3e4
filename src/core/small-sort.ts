/** Lists at most this long are sorted by insertion: the lists a match or an event sorts are a few items. */
const SMALL = 16;

/**
 * `items.sort(compare)`, in place and stable as the engine's sort is, with the same order for a consistent
 * `compare`. The engine's sort copies every list, however short, into a work array of its own before sorting
 * it, and calls `compare` through the builtin: for the lists of two or three candidates sorted for every name
 * and every sense, that copy was a sixtieth of all the pipeline allocated. A short list is sorted here by
 * insertion, without a copy; a longer one by the engine.
 *
 * @example sortSmall([3, 1, 2], (a, b) => a - b) // [1, 2, 3], the same array
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SMALL) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    // Only past items that must come after it: equal items keep their order.
    while (j >= 0 && compare(items[j], item) > 0) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

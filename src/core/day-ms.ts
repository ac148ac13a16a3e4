/** Milliseconds in a day: the unit every stage counts days between dates in. */
export const DAY_MS = 86_400_000;

/**
 * The middle day of a run told from `first` to `last` (days YYYY-MM-DD or months YYYY-MM, a month
 * running to its end): where a stretch such as "during Ramadan" or "the summer of 2014" is weighed when
 * one date must stand for it.
 *
 * @example middleOfRun('2015-06-18', '2015-07-16') // '2015-07-02'
 */
export function middleOfRun(first: string, last: string): string {
  const from = Date.parse(first.length === 7 ? `${first}-01` : first);
  const [y, m] = last.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  const to = last.length === 7 ? Date.UTC(y, m, 0) : Date.parse(last);
  return new Date(from + Math.floor((to - from) / DAY_MS / 2) * DAY_MS).toISOString().slice(0, 10);
}

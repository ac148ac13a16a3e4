/** Milliseconds in a day: the unit every stage counts days between dates in. */
export const DAY_MS = 86_400_000;

/**
 * Neighbours whose places one story names side by side as the ground of one conflict: a settlement "in the
 * West Bank", a kibbutz shelled "from Rafah", a village "south of Jerusalem". The checks that drop a place
 * abroad as a local namesake the base lacks (knowledge), or as a foreign namesake beside a town of the
 * article's country (extract), must not treat such a neighbour as abroad.
 */

/** Each entry: countries (ISO codes) that count as one theatre. */
const THEATRES: readonly (readonly string[])[] = [['IL', 'PS']];

/**
 * True when `a` and `b` are one country or belong to one theatre.
 *
 * @example sameTheatre('IL', 'PS') === true
 */
export function sameTheatre(a: string, b: string): boolean {
  return a === b || THEATRES.some((t) => t.includes(a) && t.includes(b));
}

import type { Mention } from '../../core/records.js';

/** "the Pakistani border town of Chaman", "the Israeli town of Sederot": a nationality naming the town. */
const NATIONAL_TOWN = /^\s+(?:\w+\s+)?(?:town|city|village|settlement)\s+of\s+$/i;

/**
 * The text names the place's own country right before it, so it is no stray name from abroad.
 *
 * @example nationalityVouches(chaman, mentions, text) // true in "the Pakistani border town of Chaman"
 */
export function nationalityVouches(m: Mention, mentions: readonly Mention[], text: string): boolean {
  return mentions.some(
    (d) =>
      d.via === 'demonym' &&
      d.place?.country === m.place?.country &&
      d.span[1] <= m.span[0] &&
      NATIONAL_TOWN.test(text.slice(d.span[1], m.span[0])),
  );
}

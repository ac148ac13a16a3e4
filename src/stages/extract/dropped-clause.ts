/** Where the words of a sentence's first told act start, past a clause that tells only an act set aside. */
import { clauseEndsAfter } from './cue-scope.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/**
 * "The army denied reports that eight soldiers were killed near Kidal, but rebels attacked a base in Gao":
 * a clause whose act the sentence does not assert (denied, threatened, planned) lends its dead, its sides and
 * its place to no act told after its end. The token the first asserted act's words start at: past the last
 * clause end between an act set aside and that act, or 0 when no act was set aside before it.
 *
 * @example pastDroppedClause(view, text, asserted, asserted[0]) // the token of "but" in the sentence above
 */
export function pastDroppedClause(
  view: SentenceView,
  text: string,
  asserted: readonly PhraseHit[],
  first: PhraseHit,
): number {
  let dropped = -1;
  for (const t of view.triggers)
    if (t.end <= first.start && t.phrase.tag !== '@none' && !asserted.includes(t))
      dropped = Math.max(dropped, t.end);
  if (dropped < 0) return 0;
  // The clause may end right after the act set aside: "threatened to attack, but gunmen shot …". A full stop
  // inside a sentence ends an abbreviation ("Fur Company Inc., near"), not a clause.
  for (let k = first.start - 1; k >= dropped - 1; k--) {
    const gap = text.slice(view.tokens[k].span[1], view.tokens[k + 1].span[0]);
    if (!gap.includes('.') && clauseEndsAfter(view, text, k)) return k + 1;
  }
  return 0;
}

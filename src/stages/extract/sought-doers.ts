/** An act told as the deed of doers sought ("those responsible for the bombing"): no side before it did it. */
import type { SentenceView } from './sentence-view.js';
import { wordSet } from '../../core/text/word-set.js';

/** "those responsible for", "those behind": the unnamed doers an act is told of. */
const RESPONSIBLE_FOR = wordSet('responsible behind');
/** Who is responsible: unnamed people, not a side ("the rebels were responsible for the raid"). */
const THOSE = wordSet('those whoever ones people men persons individuals');
/** Words between "responsible" and the act: "for the", "for this". */
const LINK = wordSet('for the this that');
/** How many linking words may stand there. */
const LINK_REACH = 3;

/**
 * "carabineros combed the hills for those responsible for the bombing": the act is told as the deed of
 * doers the clause seeks, not of the side that seeks them.
 *
 * @example doersSought(view, 9) // true for "… combed the hills for those responsible for the bombing"
 */
export function doersSought(view: SentenceView, act: number): boolean {
  let at = act - 1;
  while (at > act - 1 - LINK_REACH && LINK.has(view.tokens[at]?.norm ?? '')) at--;
  return RESPONSIBLE_FOR.has(view.tokens[at]?.norm ?? '') && THOSE.has(view.tokens[at - 1]?.norm ?? '');
}

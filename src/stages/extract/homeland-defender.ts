/**
 * «سقط شهيدا وهو يدافع عن وطنه», "died defending his homeland": one who fell defending his country fought for
 * its forces, so the harmed side of the act is that state's military, not civilians.
 */
import { wordSet } from '../../core/text/word-set.js';
import type { Frame } from './frame-builder.js';

/** The verb or verbal noun of defending (folded): «يدافع», «دفاعا», «مدافعا». */
const DEFENDING = new Set([
  ...wordSet('يدافع تدافع يدافعون دافع دافعوا دفاعا مدافعا مدافعين', 'و ف'),
  ...wordSet('defending defended defend'),
]);
/** What was defended: the homeland, his country (folded: «وطنه», «ووطنه», «الوطن», «بلاده»). */
const HOMELAND = new Set([...wordSet('وطنه وطنهم الوطن بلاده بلادهم', 'و'), ...wordSet('homeland country')]);
/** Tokens from the verb of defending to the homeland: «يدافع عن أرضه ووطنه», "defending his country". */
const HOMELAND_REACH = 3;

/**
 * Whether the sentence of `frame` tells the harmed as fallen defending their homeland.
 *
 * @example defendedHomeland(frame) // true for «سقط شهيدا وهو يدافع عن وطنه»
 */
export function defendedHomeland(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  return tokens.some(
    (t, k) =>
      DEFENDING.has(t.norm) && tokens.slice(k + 1, k + 1 + HOMELAND_REACH).some((w) => HOMELAND.has(w.norm)),
  );
}

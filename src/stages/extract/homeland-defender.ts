/**
 * «سقط شهيدا وهو يدافع عن وطنه», "died defending his homeland": one who fell defending his country fought for
 * its forces, so the harmed side of the act is that state's military, not civilians.
 */
import type { Frame } from './frame-builder.js';

/** The verb or verbal noun of defending (folded): «يدافع», «دفاعا», «مدافعا». */
const DEFENDING = /^(?:[وف]?(?:يدافع|تدافع|يدافعون|دافع|دافعوا|دفاعا|مدافعا|مدافعين))$/;
/** What was defended: the homeland, his country (folded: «وطنه», «ووطنه», «الوطن», «بلاده»). */
const HOMELAND = /^(?:و?(?:وطنه|وطنهم|الوطن|بلاده|بلادهم)|homeland|country)$/i;
/** English "defending his homeland". */
const DEFENDING_EN = /^(?:defending|defended|defend)$/i;
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
      (DEFENDING.test(t.norm) || DEFENDING_EN.test(t.norm)) &&
      tokens.slice(k + 1, k + 1 + HOMELAND_REACH).some((w) => HOMELAND.test(w.norm)),
  );
}

import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { ASSAULT } from './role-clues.js';
import { tokenAt } from './sentence-view.js';

/** The noun of an attempt, whose genitive names the side that tried ("محاولة", "بعد محاولات"). */
const ATTEMPT_NOUN = /^[وفب]?ل?(?:محاوله|محاولات)$/;

/**
 * «إثر محاولة المسلحين مهاجمة نقطة للجيش»: the side named in the genitive of an attempt to attack,
 * storm or advance started the fighting, though the clash is told first.
 *
 * @example attemptOf(view, gunmen) // true in «بعد محاولة المسلحين التسلل إلى القرية»
 */
export function attemptOf(view: Frame['view'], c: ActorCandidate): boolean {
  const before = view.tokens[tokenAt(view, c.ref.spans[0][0]) - 1];
  const after = view.tokens[tokenAt(view, c.ref.spans[0][1])];
  return ATTEMPT_NOUN.test(before?.norm ?? '') && ASSAULT.test(after?.norm ?? '');
}

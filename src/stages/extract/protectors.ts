/** Sides told as guarding the people an act befell: their protectors, neither side of the act. */
import type { ActorCandidate } from './actor-finder.js';
import type { PhraseHit } from './phrase-matcher.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** «تحمي», «يحرسون» (folded): Arabic verbs of protecting or guarding, present tense, any person. */
const PROTECTING = /^(?:تحمي|يحمي|يحمون|تحرس|يحرس|يحرسون)$/;
/** Tokens from the end of a side's name to its verb of protecting («قوات الجيش والشرطة تحمي»). */
const PROTECTING_REACH = 3;

/**
 * «قوات الجيش والشرطة تحمي مئات القرويين بعدما تعرضوا لهجوم»: a side named before the act, with a verb of
 * protecting right after it, guards those the act befell; it neither did it nor suffered it.
 *
 * @example protects(view, army, attack) // true for «الجيش يحمي القرويين بعدما تعرضوا لهجوم»
 */
export function protects(view: SentenceView, c: ActorCandidate, trigger: PhraseHit): boolean {
  const end = tokenAt(view, c.ref.spans[0][1]);
  const last = Math.min(trigger.start, end + PROTECTING_REACH);
  for (let at = end; at < last; at++) if (PROTECTING.test(view.tokens[at].norm)) return true;
  return false;
}

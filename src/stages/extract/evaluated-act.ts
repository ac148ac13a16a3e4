// «السيطرة على القاعدة تمثل نصرا», «تحرير المدينة يعد انتصارا»: an act named as the subject of a verb
// that judges it is commentary on it, not a report that it happened.
import { mainTrigger, type Frame } from './frame-builder.js';

/** Verbs and phrases of judging an act (folded): «تمثل», «يعد», «تعتبر», «يشكل», «بمثابة». */
const JUDGING = /^(?:تمثل|يمثل|تعد|يعد|تعتبر|يعتبر|تشكل|يشكل|بمثابه)$/;
/** Tokens after the act's verbal noun in which its object and the judging verb stand. */
const JUDGE_REACH = 5;

/**
 * Whether every act of the frame is a definite verbal noun whose judging verb follows within a few tokens
 * («السيطرة على قاعدة X تمثل نصرا»), before any other act.
 *
 * @example judgedAct(frame) // true for «السيطرة على المطار تعد انتصارا»
 */
export function judgedAct(frame: Frame): boolean {
  const { tokens, triggers } = frame.view;
  return frame.triggers.every((t) => {
    if (!/^[وف]?ال/.test(tokens[t.start].norm)) return false;
    for (let at = t.end; at < Math.min(tokens.length, t.end + JUDGE_REACH); at++) {
      if (triggers.some((o) => o.start === at)) return false;
      if (JUDGING.test(tokens[at].norm)) return true;
    }
    return false;
  });
}

/**
 * Verbs of praising an act (folded, and English): «أشاد بالهجوم», «بارك العملية», "hailed the attack". A
 * praised act is one told before, recalled to show where the speaker stands; unlike a condemnation, praise
 * is not how news of an attack first comes.
 */
const PRAISING =
  /^(?:[وف]?(?:اشاد|اشادت|اشادوا|يشيد|تشيد|بارك|باركت|باركوا|يبارك|تبارك|مجد|مجدت)|praised|praises|hailed|hails|lauded|applauded)$/;
/** Tokens from the praising verb to the act («أشاد زعيم التنظيم بالهجوم», "praised the deadly attack"). */
const PRAISE_REACH = 3;

/**
 * Whether the frame's act (its anchor, the killing it caused aside) is the object of a verb of praise a few
 * tokens before it.
 *
 * @example praisedAct(frame) // true for «وأشاد كذلك بالهجوم على المجلة الذي خلف تسعة قتلى»
 */
export function praisedAct(frame: Frame): boolean {
  const act = mainTrigger(frame);
  const before = frame.view.tokens.slice(Math.max(0, act.start - PRAISE_REACH), act.start);
  return before.some((w) => PRAISING.test(w.norm));
}

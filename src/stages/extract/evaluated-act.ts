// «السيطرة على القاعدة تمثل نصرا», «تحرير المدينة يعد انتصارا»: an act named as the subject of a verb
// that judges it is commentary on it, not a report that it happened.
import type { Frame } from './frame-builder.js';

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

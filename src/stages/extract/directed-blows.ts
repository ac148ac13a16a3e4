/** «وجّه الجيش ضربة للمتمردين»: the side an Arabic blow is dealt to was struck. */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';

/** «وجّه», «سدّد» (dealt, aimed; folded) in the past, present or plural: the verbs that deal a blow. */
const DEALT = /^[وف]?(?:وجه|وجهت|وجهوا|يوجه|توجه|يوجهون|سدد|سددت|سددوا|يسدد|تسدد)$/;
/** «ضربة», «ضربات» (folded): a blow or blows. */
const BLOW = /^(?:ضربه|ضربات|الضربه|الضربات)$/;
/** «إلى» (folded): to whom the blow went, where no «لـ» is joined to the side. */
const TO = /^(?:الي)$/;
/** Tokens from the verb to the side the blow went to («وجهت قوات التحالف ضربات جوية قاسية للمتمردين»). */
const BLOW_REACH = 7;

/**
 * «وجّه الجيش ضربة موجعة للمتمردين», «وجهوا ضربات إلى الحوثيين»: after a verb of dealing and a blow, the side
 * told with «لـ» joined to it, or after «إلى», is the one the blow befell, never its dealer (as «لـ» after
 * «غارات» may name: «غارات لطيران التحالف»).
 *
 * @example blowsReceived(frame, candidates)[0]?.ref.name // 'Houthi Movement'
 */
export function blowsReceived(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const { tokens } = frame.view;
  const word = (i: number) => tokens[i]?.norm ?? '';
  // «للمتمردين» («لـ» before the article), «لقوات» (its name's span then starts past the «لـ»).
  const joinedTo = (c: ActorCandidate) =>
    word(c.at).startsWith('لل') || (word(c.at).startsWith('ل') && c.ref.spans[0][0] > tokens[c.at].span[0]);
  return candidates.filter((c) => {
    if (!joinedTo(c) && !TO.test(word(c.at - 1))) return false;
    for (let k = c.at - 1; k >= Math.max(frame.from, c.at - BLOW_REACH); k--)
      if (BLOW.test(word(k)))
        return tokens.slice(Math.max(0, k - BLOW_REACH), k).some((t) => DEALT.test(t.norm));
    return false;
  });
}

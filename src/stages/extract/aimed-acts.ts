/** Arabic acts named as what someone aims at: «لشن هجوم», «هدفهم من قتلنا». */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** «لتوجيه», «لشن», «لتنفيذ», «لارتكاب», «لتسديد»: the lam of purpose on a verbal noun of carrying an act out (folded). */
const TO_CARRY_OUT = /^ل(?:توجيه|شن|تنفيذ|ارتكاب|تسديد)$/;
/** «لارتكاب جرائم قتل», «لتنفيذ عمليات خطف», «لشن مزيد من الهجمات»: words between the purpose and the act. */
const KIND_OF_ACTS = /^(?:جرايم|جريمه|عمليات|عمليه|اعمال|مزيد|المزيد|من)$/;
/** How many such words may stand there. */
const KIND_REACH = 2;

/**
 * «حلف لتوجيه ضربة عسكرية إلى جارتها», «طلب دعما لتنفيذ ضربات جوية», «ذريعة لشن هجوم», «أطلق يدهم لارتكاب
 * جرائم قتل»: an act named after the lam of purpose and a verbal noun of carrying it out is what someone aims
 * at, not an act made, unless a verb after it tells the act done («تسللوا لشن هجوم على حاجز وقتلوا جنديين»).
 */
export function aimedAct(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'ar') return false;
  if (aimOf(view, trigger)) return true;
  if (trigger.phrase.pos === 'verb') return false;
  let k = trigger.start - 1;
  while (k >= trigger.start - KIND_REACH && KIND_OF_ACTS.test(view.tokens[k]?.norm ?? '')) k--;
  if (!TO_CARRY_OUT.test(view.tokens[k]?.norm ?? '')) return false;
  return !view.triggers.some(
    (t) => t.start >= trigger.end && t.phrase.pos === 'verb' && t.phrase.tag !== '@none',
  );
}

/** «هدفهم من», «غايته من», «غرضها من»: an aim's noun (folded), owned by a side, before «من». */
const AIM_BEFORE_OF = /^[وف]?(?:هدف|غايه|غرض)(?:ه|ها|هم|هما)?$/;

/**
 * «وهدفهم من قتلنا صريح» (their aim in killing us is plain): an act named as the aim of a side is what they
 * are after, not an act told done.
 */
function aimOf(view: SentenceView, trigger: PhraseHit): boolean {
  const before = view.tokens[trigger.start - 1]?.norm ?? '';
  return before === 'من' && AIM_BEFORE_OF.test(view.tokens[trigger.start - 2]?.norm ?? '');
}

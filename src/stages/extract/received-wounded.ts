/**
 * «استقبلت عمان أول طائرة لنقل الجرحى، وكانت الإصابات متنوعة ... إثر طلقات نارية»: wounded told as patients a
 * place receives or a plane carries, their wounds told by their cause, is a story of care, not of the shooting
 * that hurt them — that happened elsewhere, in a war the article does not tell. A shot word that is weak on
 * its own (gunshot wounds, «طلقات نارية», «بالرصاص») is no incident in such a sentence.
 */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Words (folded) of wounded received, flown or brought in for care: «استقبل», «لنقل الجرحى», «وصل». */
const RECEIVED =
  /^[وف]?(?:استقبل|استقبلت|استقبلوا|يستقبل|تستقبل|استقبال|باستقبال|لنقل|لاجلاء|اجلاء|وصل|وصلت|وصول)$/;
/** Words (folded) of the wounded as patients: «الجرحى», «جريح», «الحالات», «المصابين». */
const PATIENTS = /^[وف]?(?:ال|لل|بال)?(?:جرحي|جريح|جريحا|حالات|مصابين|مصابون)$/;

/**
 * Whether `trigger` is a weak shot word in a sentence that receives or carries wounded as patients.
 *
 * @example woundsOfReceived(view, hit) // true for «طلقات نارية» in «استقبلت عمان طائرة لنقل الجرحى … إثر طلقات نارية»
 */
export function woundsOfReceived(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.tag !== '@fire' || trigger.phrase.strength !== 'weak') return false;
  if (view.triggers.some((t) => t.phrase.strength === 'strong' && t.phrase.tag !== '@none')) return false;
  const words = view.tokens.map((t) => t.norm);
  return words.some((w) => RECEIVED.test(w)) && words.some((w) => PATIENTS.test(w));
}

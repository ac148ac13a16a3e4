/**
 * «زيادة عدد الهجمات الصاروخية», «تزايدت التفجيرات», "a rise in attacks on aid workers", "bombings have
 * increased": acts told in the plural as what rises or falls are a trend over many incidents, not one.
 */
import { wordSet } from '../../core/text/word-set.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';
import { clauseEndsAfter } from './cue-scope.js';

/** Arabic verbs of rising and falling (folded). */
const TREND_VERBS_AR = 'زادت ازدادت تزايدت ارتفعت تراجعت انخفضت تصاعدت تضاعفت';
/** Nouns and verbs of rising and falling, before the acts they count (folded, with «ال», «و», «ب»). */
const TREND_AR = wordSet(
  `زياده ارتفاع تراجع انخفاض تزايد تصاعد تنامي ازدياد تضاعف ${TREND_VERBS_AR}`,
  'ال و وال ب بال',
);
/** Verbs of rising and falling after the acts they tell of («التفجيرات … زادت»). */
const TREND_VERB_AR = wordSet(TREND_VERBS_AR, 'و');
/** «عدد», «وتيرة», «معدل»: the measure between the trend word and the acts (folded). */
const MEASURE_AR = wordSet('عدد وتيره معدل حجم', 'ال');
/** An Arabic plural of acts: «هجمات», «التفجيرات», «اعتداءات» (folded). */
const PLURAL_AR = /ات$/;
/** "increase", "rise": nouns of rising and falling an English "in" follows. */
const TREND_EN = wordSet('increase rise surge spike upsurge uptick decline drop fall decrease reduction');
/** English verbs of rising and falling after the plural acts ("attacks have increased"). */
const TREND_VERB_EN = wordSet(
  'increased risen rose declined dropped fallen fell decreased surged soared doubled intensified escalated',
);
/** Auxiliaries between English acts and their verb. */
const AUXILIARY = wordSet('have has had');
/** «ارتفعت حصيلة …»: a toll that rises counts the dead, not the acts. */
const TOLL_AR = wordSet('حصيله الحصيله', '');
/** Tokens after the acts within which the Arabic verb of rising stands, past their adjectives. */
const AFTER_REACH = 5;

/**
 * Whether the trigger, a plural of acts, is what a word of rising or falling counts.
 *
 * @example toldAsTrend(view, text, trigger) // true for «الهجمات» in «زيادة عدد الهجمات على المنطقة»
 */
export function toldAsTrend(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const tokens = view.tokens;
  const last = tokens[trigger.end - 1].norm;
  if (trigger.phrase.lang === 'en') {
    if (!last.endsWith('s')) return false;
    const before = tokens[trigger.start - 1]?.norm;
    if (before === 'in' && TREND_EN.has(tokens[trigger.start - 2]?.norm ?? '')) return true;
    const verb = AUXILIARY.has(tokens[trigger.end]?.norm ?? '') ? trigger.end + 1 : trigger.end;
    return TREND_VERB_EN.has(tokens[verb]?.norm ?? '');
  }
  if (trigger.phrase.lang !== 'ar' || !PLURAL_AR.test(last)) return false;
  let k = trigger.start - 1;
  if (MEASURE_AR.has(tokens[k]?.norm ?? '')) k--;
  if (TREND_AR.has(tokens[k]?.norm ?? '')) return true;
  for (let at = trigger.end; at < Math.min(tokens.length, trigger.end + AFTER_REACH); at++) {
    if (clauseEndsAfter(view, text, at - 1)) return false;
    if (TREND_VERB_AR.has(tokens[at].norm)) return !TOLL_AR.has(tokens[at + 1]?.norm ?? '');
  }
  return false;
}

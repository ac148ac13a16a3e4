/**
 * Arabic truces named but not declared: «رصدت اللجنة خروقات للهدنة», «فشلت الهدنة», «جهود للتوصل إلى هدنة»,
 * «تشهد القرى هدنة منذ شهرين». The lexicon masks a truce's breach told right before it («خرق الهدنة»); these
 * are the breaches, the seeking and the holding told a few words away, or with a preposition between.
 */
import { wordSet } from '../../core/text/word-set.js';
import { CLAUSE_BREAK } from './cue-scope.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Verbs of a truce breaking down, told before it or after («فشلت الهدنة», «الهدنة في الوادي تعثرت»). */
const BROKE_DOWN = 'فشلت فشل تعثرت تعثر انهارت انهار تنهار';
/** Prefixes an Arabic noun or verb may carry: a conjunction, a preposition, the article. */
const PREFIXES = 'و ف ب ل ال وال فال بال لل ولل وب ول';
/**
 * Words before a truce that tell it broken, sought or held: its breaches, a side that violated it
 * («انتهكت القوات الهدنة»), efforts or a purpose to reach it («جهودا للتوصل إلى هدنة»), a proposal, and a truce
 * kept as a state («تشهد القرى هدنة», «صمود الهدنة», «احترام وقف إطلاق النار»). Words that tell a truce
 * reached («توصل», «اتفق», «توقيع», «أعلن») are not here.
 */
const BEFORE = wordSet(
  'خرق خروقات خرقت خرقوا انتهاك انتهاكات انتهك انتهكت انتهكوا انهيار فشل نقض ' +
    'جهود جهودا مساعي مساع محاولات محاوله مقترح اقتراح للتوصل لابرام لتحقيق ' +
    `تشهد يشهد تسود يسود صمود احترام ${BROKE_DOWN}`,
  PREFIXES,
);
/**
 * «التزام الحوثيين بالهدنة», «شرط التزامهم بالهدنة»: a side's keeping of a truce, told without the article
 * (the construct of a side's commitment, often a condition set), is a truce held as a state. «الالتزام
 * بهدنة» with the article is how a declaration words the truce it makes, and is left be.
 */
const KEPT_BY_SIDE = wordSet('التزام التزامها التزامهم التزامه التزاما', 'و ف ب ل');
/**
 * Words of a truce reached: «اتفق الفصيلان على احترام الهدنة», «أثمرت المساعي عن توقيع اتفاق هدنة». Told
 * nearer the truce than a word of `BEFORE`, or right before that word, they make the truce one agreed.
 * Not with «ل»: «للتوصل إلى هدنة» is a purpose, the truce sought.
 */
const AGREED = wordSet('اتفق اتفقا اتفقت اتفقوا توصل توصلا توصلت توصلوا توقيع', 'و ف ب ال وال بال');
/** How far before a word of `BEFORE` a word of `AGREED` may stand and make its truce agreed. */
const AGREED_REACH = 3;
/** Words after a truce that tell it broken or holding («الهدنة صامدة»). */
const AFTER = wordSet(`${BROKE_DOWN} صامده صامدا`, 'و ف');
/**
 * «إعلان هدنة وفق شروط», «هدنة بشرط انسحاب المسلحين»: a truce told with the terms it would take is one asked
 * for or bargained over, unless a word of `AGREED` before it tells it reached.
 */
const ON_TERMS = wordSet('شروط شرط شريطه', 'و ب وب');
/** How far before a truce a word of `BEFORE` may stand («انتهكت قوات الحرس الهدنة»). */
const BEFORE_REACH = 4;
/** How far after it a word of `AFTER` may stand («الهدنة في ضواحي المدينة فشلت»). */
const AFTER_REACH = 4;

/**
 * Whether an Arabic truce trigger names a truce broken, sought or held as a state, not one declared.
 *
 * @example soughtOrBrokenTruceAr(view, text, hit) // true for «رصدت اللجنة عشرات الخروقات للهدنة»
 */
export function soughtOrBrokenTruceAr(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const tokens = view.tokens;
  const inClause = (from: number, to: number) =>
    !CLAUSE_BREAK.test(text.slice(tokens[from].span[1], tokens[to].span[0]));
  // A word of `AGREED` between the word at `at` and the truce, or within reach before it.
  const agreedBefore = (at: number) => {
    for (let k = trigger.start - 1; k >= Math.max(0, at - AGREED_REACH); k--)
      if (AGREED.has(tokens[k].norm) && inClause(k, trigger.start)) return true;
    return false;
  };
  for (let at = trigger.start - 1; at >= Math.max(0, trigger.start - BEFORE_REACH); at--)
    if ((BEFORE.has(tokens[at].norm) || KEPT_BY_SIDE.has(tokens[at].norm)) && inClause(at, trigger.start))
      return !agreedBefore(at);
  const last = Math.min(tokens.length - 1, trigger.end - 1 + AFTER_REACH);
  for (let at = trigger.end; at <= last; at++) {
    if (!inClause(trigger.end - 1, at)) continue;
    if (AFTER.has(tokens[at].norm)) return true;
    if (ON_TERMS.has(tokens[at].norm)) return !agreedBefore(trigger.start);
  }
  return false;
}

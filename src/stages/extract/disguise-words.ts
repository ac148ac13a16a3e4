/** Sides named only as the dress or the look others borrowed: no side of the act. */
import { wordSet } from '../../core/text/word-set.js';
import type { ActorCandidate } from './actor-finder.js';
import { holdsWordIn } from './cue-scope.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Arabic words of dress, likeness and impersonation (folded), after which a force's name tells what the
 * doers wore or passed for: «يرتدون زي الشرطة», «ببزات عسكرية للجيش», «شاحنة تشبه عربات الشرطة»,
 * «ينتحلون صفة رجال الأمن», «متنكرين بزي الجيش».
 */
const GUISE = wordSet(
  'زي الزي ازياء بزه بزات البزات ملابس الملابس لباس اللباس بدله بدلات مشابهه مشابهين مشابها ' +
    'شبيهه يشبه تشبه يشبهون تنكر متنكرين متنكرا ينتحل ينتحلون ينتحلان انتحل انتحلوا ' +
    'منتحلين منتحلا انتحال صفه',
  'و ب ل',
);
/** Tokens before a force's name in which the word of guise stands («تشبه عربات قوات الشرطة»). */
const GUISE_REACH = 3;

/**
 * «أطلق مسلحون يرتدون زي الشرطة النار», «مهاجم يقود شاحنة تشبه عربات الشرطة»: a force named right
 * after a word of dress, likeness or impersonation is the guise its doers took, neither doer nor target.
 *
 * @example inGuise(view, police) // true for «مسلحون يرتدون زي الشرطة»
 */
export function inGuise(view: SentenceView, c: ActorCandidate): boolean {
  return holdsWordIn(view, c.at - GUISE_REACH, c.at, GUISE);
}

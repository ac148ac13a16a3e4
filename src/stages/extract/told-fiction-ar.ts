/**
 * Violence told in an Arabic work of fiction, not done: «تدور أحداث الرواية حول محقق قتل …», «يروي الفيلم قصة
 * …», «وفي المسلسل، اختطفت عصابة …». The Arabic twin of told-fiction.ts: a work's plot told in the words of an
 * attack is no event.
 */
import { wordSet } from '../../core/text/word-set.js';
import { CLAUSE_BREAK } from './cue-scope.js';
import type { PhraseHit } from './phrase-matcher.js';
import { markBefore, type SentenceView } from './sentence-view.js';

/** Prefixes a noun may carry: a conjunction, a preposition, the article. */
const PREFIXES = 'و ف ب ل ال وال فال بال';
/** A work of fiction (folded: «رواية» is «روايه»), with «his» or «her» on it («روايته», «فيلمها»). */
const WORK = wordSet(
  'فيلم فيلما فيلمه فيلمها افلام افلامه افلامها مسلسل مسلسلا مسلسله مسلسلها مسلسلات ' +
    'روايه روايته روايتها روايات رواياته مسرحيه مسرحيته مسرحيتها',
  PREFIXES,
);
/**
 * What a work does to its story, told before the work or after it: «تدور أحداث الرواية», «يروي الفيلم قصة»,
 * «المسلسل يحكي». «يصور» is not here: it also films a real scene («كان يصور فيلما عندما …»).
 */
const TELLS = wordSet(
  'تدور يدور يروي تروي يحكي تحكي يتناول تتناول يسرد تسرد يجسد تجسد تتمحور يتمحور احداث قصه حبكه',
  'و ف',
);
/** «فيلم وثائقي»: a documentary tells what was done. */
const DOCUMENTARY = wordSet('وثايقي الوثايقي وثايقيا');
/** «في روايته الأخيرة»: words that may stand between a sentence's opening «في» and its work. */
const LATEST = wordSet('احدث اخر الاخير الاخيره الجديد الجديده جديد');
/** «وفي», «ففي»: the opening «في» of a sentence, with its conjunction. */
const IN = wordSet('في', 'و ف');
/** Words that open a new clause: a work told before one is not the frame of the act after it. */
const CLAUSE_OPENER = wordSet('عندما حين حينما بينما فيما لكن', 'و');
/** How far before its telling word a work may stand, and after it («تدور أحداث الرواية»). */
const TELLS_REACH = 2;

/**
 * Whether the Arabic `trigger` tells what a work of fiction shows: the sentence opens, past any dateline,
 * on «في» a work («وفي الفيلم، …», «في روايته الأخيرة، …»), or a work says what it tells before the trigger
 * in the same clause («يروي الفيلم قصة حارس فجر …»). A documentary tells what was done.
 *
 * @example toldFictionAr(view, text, hit) // true for «وتدور أحداث الرواية حول محقق قتل أربعة مهربين»
 */
export function toldFictionAr(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const tokens = view.tokens;
  const opening = tokens.length > 1 && markBefore(view, 1) && IN.has(tokens[1].norm) ? 1 : 0;
  if (IN.has(tokens[opening]?.norm ?? '')) {
    const first = LATEST.has(tokens[opening + 1]?.norm ?? '') ? opening + 2 : opening + 1;
    for (let at = opening + 1; at <= first && at < trigger.start; at++) if (namesStory(view, at)) return true;
  }
  for (let at = trigger.start - 2; at >= 0; at--) {
    if (!namesStory(view, at) || !toldBy(view, at)) continue;
    return inClause(view, text, at, trigger.start);
  }
  return false;
}

/** A work named as a story: not a documentary, nor the adjective of an act told right after it. */
function namesStory(view: SentenceView, at: number): boolean {
  if (!WORK.has(view.tokens[at].norm)) return false;
  const next = at + 1;
  return !DOCUMENTARY.has(view.tokens[next]?.norm ?? '') && !view.triggers.some((t) => t.start === next);
}

/** Whether a telling word stands within reach before the work at `at`, or right after it. */
function toldBy(view: SentenceView, at: number): boolean {
  if (TELLS.has(view.tokens[at + 1]?.norm ?? '')) return true;
  for (let k = Math.max(0, at - TELLS_REACH); k < at; k++) if (TELLS.has(view.tokens[k].norm)) return true;
  return false;
}

/** Whether tokens `from` to `to` stand in one clause: no mark that ends one, no word that opens another. */
function inClause(view: SentenceView, text: string, from: number, to: number): boolean {
  if (CLAUSE_BREAK.test(text.slice(view.tokens[from].span[1], view.tokens[to].span[0]))) return false;
  return !view.tokens.slice(from + 1, to).some((t) => CLAUSE_OPENER.has(t.norm));
}

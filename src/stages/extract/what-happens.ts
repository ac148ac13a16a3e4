/**
 * «ما يجري في البلاد من قتل وخطف», «دورهم في ما يحصل من تفجيرات»: acts named as the kinds of what goes on
 * somewhere, after «ما» and a verb of happening and the «من» that lists them, are a kind of happening, not
 * one incident.
 */
import { wordSet } from '../../core/text/word-set.js';
import type { PhraseHit } from './phrase-matcher.js';
import { marksBetween, type SentenceView } from './sentence-view.js';
import { CLAUSE_BREAK } from './cue-scope.js';

/** «ما», «مما», «فيما», «عما»: what happens (folded). */
const WHAT = wordSet('ما مما فيما عما بما لما', 'و');
/**
 * Verbs of happening and going on, in the present: what goes on as a rule. Their past («ما جرى من تفجير الجدار»)
 * names one incident the reader knows (folded).
 */
const HAPPENS = wordSet('يحدث تحدث يجري تجري يحصل تحصل يقع تقع يدور تدور يشهده تشهده');
/** «من», which opens the list of what happens. */
const OF = 'من';
/** Tokens between the verb of happening and «من»: a place or a time told between («ما يجري في العراق من»). */
const PLACE_REACH = 5;

/**
 * Whether the trigger is a kind in the list of what happens somewhere: «من» right before it, or before the
 * acts listed ahead of it («من قتل وذبح وخطف»), and «ما» with a verb of happening shortly before that.
 *
 * @example kindOfHappening(view, text, trigger) // true for «تفجيرات» in «ما يحصل من تفجيرات في البلاد»
 */
export function kindOfHappening(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'ar') return false;
  const tokens = view.tokens;
  let k = trigger.start - 1;
  // Past the acts listed ahead of this one, back to the «من» that opens the list: «من قتل وذبح», where a
  // listed word may read as a verb too.
  for (let listed = listedBefore(view, k); listed >= 0; listed = listedBefore(view, k)) k = listed - 1;
  if (tokens[k]?.norm !== OF || (trigger.phrase.pos === 'verb' && k === trigger.start - 1)) return false;
  for (let verb = k - 1; verb >= Math.max(1, k - 1 - PLACE_REACH); verb--) {
    if (marksBetween(view, text, verb, CLAUSE_BREAK)) return false;
    if (HAPPENS.has(tokens[verb].norm))
      return WHAT.has(tokens[verb - 1].norm) && !dayBetween(view, verb, trigger.start);
  }
  return false;
}

/** «ما جرى أمس في السوق من قتل»: a day told between the verb of happening and the act singles one out. */
function dayBetween(view: SentenceView, from: number, to: number): boolean {
  const [start, end] = [view.tokens[from].span[0], view.tokens[to].span[0]];
  return view.times.some((t) => t.precision === 'day' && t.span[0] >= start && t.span[0] < end);
}

/** The first token of a trigger that ends at token `k`; -1 when none. */
function listedBefore(view: SentenceView, k: number): number {
  if (k < 0) return -1;
  const hit = view.triggers.find((t) => t.end === k + 1);
  return hit === undefined ? -1 : hit.start;
}

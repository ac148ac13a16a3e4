/** Acts listed as kinds of deed ("أعمال قتل واختطاف"), not told as incidents. */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Heads of a list of kinds of deed, folded: «أعمال», «عمليات», «حملة», «موجة», «مسلسل», «ظاهرة», «جرائم».
 * «سلسلة» is left out ("a series of blasts hit" is news), and so is the «من» of «ما حصل في المسجد أمس من
 * تفجير وقتل», which as often sums up one incident.
 */
const KINDS_HEAD = /^[وف]?(?:اعمال|عمليات|حمله|حملات|موجه|مسلسل|ظاهره|جرايم)$/;

/**
 * «أعمال قتل واختطاف وابتزاز», «عمليات خطف واغتصاب», «ما جرى من اغتيالات وانفجارات»: two or more acts
 * joined by «و» right after a head of kinds name sorts of deed someone is charged with or a land suffers, not
 * an incident. A single act after the head («عملية اختطاف») may still be one, and so may a list in a sentence
 * that names its day («عمليات خطف وقتل يوم الأحد»).
 */
export function listedAsKinds(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'ar' || view.times.some((t) => t.precision === 'day')) return false;
  const joined = (left: PhraseHit, right: PhraseHit) =>
    left.end === right.start && view.tokens[right.start].norm.startsWith('و');
  const chain = [trigger];
  for (let prev = before(view, chain[0]); prev && joined(prev, chain[0]); prev = before(view, chain[0])) {
    chain.unshift(prev);
  }
  const next = view.triggers.find((t) => joined(trigger, t));
  if (chain.length < 2 && !next) return false;
  return KINDS_HEAD.test(view.tokens[chain[0].start - 1]?.norm ?? '');
}

/** The trigger that ends where `trigger` starts. */
function before(view: SentenceView, trigger: PhraseHit): PhraseHit | undefined {
  return view.triggers.find((t) => t.end === trigger.start);
}

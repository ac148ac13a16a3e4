import { inFrame, type Frame } from './frame-builder.js';

/**
 * First words of the triggers that tell a death sentence carried out: «حكم الإعدام», «أحكام الإعدام», "the
 * execution of".
 */
const SENTENCE_WORDS = new Set(['حكم', 'احكام', 'execution', 'executions']);

/**
 * «نفذت السلطات حكم الإعدام بحق مدان», "the authorities carried out the death sentence": a death sentence
 * carried out by a state, after a trial, is justice done, not an incident. Only an armed group that hands
 * out its own sentences («نفذ التنظيم حكم الإعدام بحق خمسة شبان», "blamed the rebel front for the execution of
 * a village head") kills civilians by one.
 *
 * @example sentenceCarriedOutByState(frame) // true for «نفذت السلطات حكم الإعدام بحق مدان في الرياض»
 */
export function sentenceCarriedOutByState(frame: Frame): boolean {
  const sentences = frame.triggers.filter((t) => SENTENCE_WORDS.has(t.phrase.words[0]));
  if (sentences.length === 0 || sentences.length < frame.triggers.length) return false;
  return !frame.view.mentions.some((m) => m.kind === 'armed-group' && inFrame(frame, m.span));
}

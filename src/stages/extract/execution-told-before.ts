import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';

/** An Arabic act with the captives as its object pronoun: «وتفجيرهم», «اغراقهما» ("blowing them up"). */
const THEM_AR = /^[\u0600-\u06ff]{3,}(?:هم|هما|هن)$/;
/** "blew them up", "drowning them": the English act's object pronoun right after it. */
const THEM_EN = /^(?:them|him|her)$/;

/**
 * «يظهر إعدام الأسرى عبر طرق، الأولى …، والثالثة ربطهم بالديناميت وتفجيرهم», "executed the spies three ways: …,
 * the third tying them to explosives and blowing them up": a later frame of the execution's sentence whose act
 * takes the captives back as a pronoun is one more way they were put to death. The execution cue of its
 * sentence, told before the frame, or undefined.
 *
 * @example executionToldBefore(frame) // the «إعدام» cue for the frame of «وتفجيرهم»
 */
export function executionToldBefore(frame: Frame): PhraseHit | undefined {
  const view = frame.view;
  const first = frame.triggers[0];
  const back = frame.triggers.some((t) => {
    const word = view.tokens[t.end - 1].norm;
    return THEM_AR.test(word) || THEM_EN.test(view.tokens[t.end]?.norm ?? '');
  });
  return back ? view.cues.find((c) => c.phrase.tag === 'execution' && c.end <= first.start) : undefined;
}

// The agent of a passive told after the scene: "was wrecked in the old harbour of Tell Amra by the front".
import { PASSIVE_AUXILIARY } from './passive-auxiliaries.js';
import { markBefore, type SentenceView } from './sentence-view.js';

/** Words that open the scene told between a passive verb and its agent: where, or when. */
const SCENE = /^(?:in|at|near|outside|inside|on|after|while|during)$/;
/** Adverbs between the auxiliary and the verb ("was virtually destroyed", "were badly damaged"). */
const ADVERB = /^[a-z]+ly$/;
/** How many tokens the scene may run before its "by". */
const SCENE_REACH = 12;
/** A token that is a word or a number, no mark: the scene runs unbroken to its "by". */
const PLAIN = /^[\p{L}\d'-]+$/u;

/**
 * "A grain store was badly wrecked in the harbour town of Tell Amra by the front", "a truck was burned after
 * stopping at a checkpoint near Tell Amra by rebels": the "by" that names who did the passive verb at `verb`,
 * past the phrase of where or when it happened, or -1. The scene must run unbroken: past a comma or a
 * clause ("…, which was set up by the army") the "by" belongs to something else.
 *
 * @example agentAfterScene(view, verbAt) // the index of "by" in "… was destroyed in the port of Tell Amra by the front"
 */
export function agentAfterScene(view: SentenceView, verb: number): number {
  let aux = verb - 1;
  while (aux > 0 && ADVERB.test(view.tokens[aux].norm)) aux--;
  if (!PASSIVE_AUXILIARY.has(view.tokens[aux]?.norm ?? '')) return -1;
  if (!SCENE.test(view.tokens[verb + 1]?.norm ?? '')) return -1;
  const last = Math.min(view.tokens.length - 1, verb + 1 + SCENE_REACH);
  for (let at = verb + 2; at <= last; at++) {
    if (markBefore(view, at)) return -1;
    const word = view.tokens[at].norm;
    if (word === 'by') return at;
    if (!PLAIN.test(word) || PASSIVE_AUXILIARY.has(word) || word === 'and') return -1;
  }
  return -1;
}

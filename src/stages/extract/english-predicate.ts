/** English predicates that share the subject of the act told before them in their sentence. */
import { sentenceWide } from './actor-finder.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { OWN_SUBJECT_LEAD } from './passive-auxiliaries.js';

/** English words before an "-ing" form that make it a noun or another clause's ("the killing of", "after"). */
const NOUN_LEAD = /^(?:the|a|an|of|after|before|for|in|by|on|with|from|while|and|or|his|their|its)$/;
/** "Sunday's bombing", "the rebels' shelling": a possessive before an "-ing" form makes it a noun. */
const POSSESSIVE_LEAD = /['’]s?$/;

/**
 * "Syrian government forces after two days of heavy clashes seized a hill": an English past verb with no
 * side between it and the act told before it in the sentence is that act's subject's predicate. "Soldiers
 * stormed the strongholds, killing eight militants": an "-ing" form after the act is its subject's, whatever
 * object stands between.
 *
 * @example englishPredicate(frame, null) // true for the "killing" of "Soldiers stormed the post, killing two"
 */
export function englishPredicate(frame: Frame, country: { code: string; name: string } | null): boolean {
  const view = frame.view;
  const verb = mainTrigger(frame);
  const lastAct = view.triggers.filter((t) => t.end <= verb.start).at(-1);
  const word = view.tokens[verb.start].norm;
  const lead = view.tokens[verb.start - 1]?.norm ?? '';
  if (lastAct && /^[a-z]+ing$/.test(word))
    return !NOUN_LEAD.test(lead) && !POSSESSIVE_LEAD.test(lead) && !OWN_SUBJECT_LEAD.has(lead);
  if (!lastAct || !/^[a-z]+ed$/.test(word)) return false;
  if (OWN_SUBJECT_LEAD.has(lead)) return false;
  return !sentenceWide(frame, country).some((c) => c.at >= lastAct.end && c.at < verb.start);
}

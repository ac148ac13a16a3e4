// Acts told after "to", and acts attempted: an attempt at violence is made, whether or not it succeeded or was
// stopped, where "vowed to attack" tells an act only wished.
import { wordSet } from '../../core/text/word-set.js';
import type { PhraseHit } from './phrase-matcher.js';
import { RELATIVE_PRONOUNS } from './relative-pronouns.js';
import type { SentenceView } from './sentence-view.js';
import { doneWithMeans } from './used-means.js';

/**
 * English verbs in their bare form: after "to" they are an infinitive ("vowed to attack", "ordered troops to
 * storm"), an act wished or planned. Protest words are left out: people gather "to protest" as they protest.
 */
const BARE_VERB = wordSet(
  'attack strike bomb shell kill arrest detain storm seize capture recapture retake regain kidnap abduct ' +
    'assassinate target raid shoot execute hijack loot torch demolish rape ambush blow',
);

/** Words that tell an attempt made: "attempted to", "an attempt to", "tried to", "failed in an effort to". */
const ATTEMPT = wordSet('attempt attempts attempted attempting tried effort');
/**
 * Verbs of violence an attempt at which is an incident, even when it failed ("tried to kidnap", "attempted to
 * bomb"). Taking, arresting or winning back are left out: "tried to arrest him" or "tried to retake the town"
 * tells an act that did not happen, and any fight it took is told by its own words.
 */
const TRIED_VIOLENCE = wordSet('attack bomb kidnap abduct assassinate storm hijack blow shoot kill dynamite');

/**
 * An English trigger that is a bare verb after "to", an act planned or wished ("vowed to attack the base"),
 * unless the "to" tells the means of an act done (used-means.ts), or the verb completes an attempt made or an
 * act managed.
 *
 * @example unmadeInfinitive(view, attack) // true for "attack" in "Rebels vowed to attack the base."
 */
export function unmadeInfinitive(view: SentenceView, trigger: PhraseHit): boolean {
  const to = trigger.start - 1;
  if (!BARE_VERB.has(view.tokens[trigger.start].norm) || view.tokens[to]?.norm !== 'to') return false;
  return !doneWithMeans(view, to) && !attemptMade(view, trigger) && !actDone(view, to);
}

/** "were able to", "had been able to": the words before "to" that tell the act was done. */
const ABLE_AFTER = wordSet('was were been');

/**
 * "gunmen managed to kidnap a courier", "rebels were able to storm the post": a bare verb after "to" that
 * completes "managed" or a past "able" is the act done ("will be able to", "were not able to" are not).
 */
function actDone(view: SentenceView, to: number): boolean {
  const before = view.tokens[to - 1]?.norm;
  return before === 'managed' || (before === 'able' && ABLE_AFTER.has(view.tokens[to - 2]?.norm ?? ''));
}

/**
 * "attempted to bomb the branch", "failed in their attempt to snatch the judge": a bare verb of violence after
 * "to" that completes an attempt is the attempt made, not an infinitive of an act planned or wished. One told
 * in a relative clause ("clashed with fighters who tried to attack the village") tells what a side of another
 * incident was about, most often a fight that stopped it.
 *
 * @example attemptMade(view, bomb) // true for "bomb" in "Rebels attempted to bomb a bank in Lima."
 */
export function attemptMade(view: SentenceView, trigger: PhraseHit): boolean {
  const to = trigger.start - 1;
  return (
    TRIED_VIOLENCE.has(view.tokens[trigger.start].norm) &&
    view.tokens[to]?.norm === 'to' &&
    ATTEMPT.has(view.tokens[to - 1]?.norm ?? '') &&
    !RELATIVE_PRONOUNS.has(view.tokens[to - 2]?.norm ?? '')
  );
}

/**
 * "bodyguards foiled a clumsy attempt to kidnap their minister", "troops thwarted the militia's attempt to blow up the dam": a
 * foiling word tells the attempt stopped, not the act unreal — the attempt was made. A plot or a plan foiled
 * ("foiled a plot to bomb the depot") never came to an attempt and is left unreal.
 *
 * Given a foiling cue (fought-off.ts).
 *
 * @example foiledAttempt(view, foiled, kidnap) // true for "Bodyguards foiled a clumsy attempt to kidnap her."
 */
export function foiledAttempt(view: SentenceView, cue: PhraseHit, trigger: PhraseHit): boolean {
  return attemptBetween(view, cue.end, trigger.end);
}

/** Whether a word of attempt stands among the tokens from `from` up to `to` (not included). */
export function attemptBetween(view: SentenceView, from: number, to: number): boolean {
  for (let at = from; at < to && at < view.tokens.length; at++)
    if (ATTEMPT.has(view.tokens[at].norm)) return true;
  return false;
}

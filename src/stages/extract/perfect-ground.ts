/**
 * "troops, having retaken the towns of A and B, now hold the valley", "the militia had captured the port before
 * the truce": ground whose taking the perfect tells is a standing state the news comes after, not the news's
 * own act (ACLED's territory events are dated to the day the ground changed hands).
 */
import type { Span } from '../../core/span.js';
import { datedInClause } from './cue-scope.js';
import type { Frame } from './frame-builder.js';

/** "having retaken": the perfect participle, always a state the clause's own act comes after. */
const HAVING = 'having';
/** "had retaken": the past perfect, a state earlier than the news unless it is reported speech backshifted. */
const HAD = 'had';
/** An adverb that may stand between the auxiliary and the verb ("had already retaken", "having since seized"). */
const ADVERB = /^(?:already|since|recently|earlier|previously|just|also|finally|successfully|\w+ly)$/;
/**
 * Verbs of telling: "the army said it had retaken the town" reports the news in the past perfect by tense
 * agreement alone.
 */
const TELLING =
  /^(?:said|says|say|announced|announces|reported|reports|claimed|claims|told|confirmed|confirms|stated|added|declared|according)$/;

/**
 * The auxiliary ("having", "had") that tells a territory frame's ground as taken before the news, or null.
 * A clause that dates the taking to a day of its own is left to that day.
 *
 * @example perfectGround(frame, text) // the span of "having" in "troops having retaken the town"
 */
export function perfectGround(frame: Frame, text: string): Span | null {
  const { view, triggers } = frame;
  if (frame.family !== 'territory' || triggers[0].phrase.lang !== 'en') return null;
  const tokens = view.tokens;
  let k = triggers[0].start - 1;
  if (k >= 0 && ADVERB.test(tokens[k].norm)) k--;
  if (k < 0) return null;
  const auxiliary = tokens[k].norm;
  if (auxiliary !== HAVING && auxiliary !== HAD) return null;
  if (auxiliary === HAD && tokens.slice(0, k).some((t) => TELLING.test(t.norm))) return null;
  if (triggers.some((t) => datedInClause(view, text, t))) return null;
  return tokens[k].span;
}

/** Sides told to have fallen into an ambush: the ambushed are its harmed, never the ones who laid it. */
import { wordSet } from '../../core/text/word-set.js';
import { tokenAt, type SentenceView } from './sentence-view.js';
import type { ActorCandidate } from './actor-finder.js';

/** Verbs of falling into a trap, Arabic (folded) and English ("وقعت قوة في كمين", "fell into an ambush"). */
const FELL = new Set([
  ...wordSet('وقع وقعت وقعوا تعرض تعرضت تعرضوا', 'و ف'),
  ...wordSet('fell caught walked ran drove stumbled'),
]);
/** The ambush itself, after its preposition's clitic («في كمين», «لكمين», «للكمين», "an ambush"). */
const AMBUSH = new Set([...wordSet('كمين', 'ب ل ال بال لال'), ...wordSet('للكمين ambush')]);
/** Tokens from the verb of falling to a side named after it, the subject of a VSO clause. */
const SUBJECT_REACH = 4;
/** Tokens from a side's name to the verb of falling after it ("the patrol fell", «الدورية وقعت»). */
const BEFORE_REACH = 2;
/** Tokens from the verb of falling to the ambush it fell into. */
const AMBUSH_REACH = 10;

/**
 * «وقعت قوة للجيش في كمين», "an army patrol fell into an ambush": the side that fell into an ambush, named
 * right before or after the verb and before the ambush, is the one it struck.
 *
 * @example fellInAmbush(view, army) // true for «وقعت دورية للجيش في كمين»
 */
export function fellInAmbush(view: SentenceView, c: ActorCandidate): boolean {
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  const end = tokenAt(view, c.ref.spans[0][1]);
  for (let verb = c.at - SUBJECT_REACH; verb <= end + BEFORE_REACH - 1; verb++) {
    if (verb < 0 || !FELL.has(norm(verb)) || (verb >= c.at && verb < end)) continue;
    const from = Math.max(verb, end);
    for (let at = from; at <= verb + AMBUSH_REACH && at < view.tokens.length; at++)
      if (AMBUSH.has(norm(at))) return true;
  }
  return false;
}

/** Rival perpetrators: "the Syrian regime or Russian jets", «النظام أو روسيا» leave the act's doer in doubt. */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { tokenAt } from './sentence-view.js';
import { wordSet } from '../../core/text/word-set.js';

/** Tokens between two sides the text offers as alternatives ("the regime or Russian jets"). */
const RIVAL_REACH = 4;
/** "or": the word between a side and a rival state named after it. */
const OR = wordSet('or او');
/** "or", "either": words between two sides that make them rivals. */
const RIVAL_JOIN = wordSet('or او either');

/**
 * The text names rival perpetrators or doubts: "Syrian regime or Russian jets", "النظام أو روسيا".
 *
 * @example hasRival(frame, regime, perpetrators) // true for "the regime or Russian jets"
 */
export function hasRival(frame: Frame, actor1: ActorCandidate, perpetrators: ActorCandidate[]): boolean {
  const tokens = frame.view.tokens;
  if (rivalState(frame.view, actor1)) return true;
  return perpetrators.some((c) => {
    if (c === actor1 || c.ref.name === actor1.ref.name || Math.abs(c.at - actor1.at) > RIVAL_REACH)
      return false;
    const [from, to] = c.at > actor1.at ? [actor1.at, c.at] : [c.at, actor1.at];
    return tokens.slice(from + 1, to).some((t) => RIVAL_JOIN.has(t.norm));
  });
}

/** Words between "or" and a rival state's name ("or their Russian allies"). */
const RIVAL_LEAD = /^(?:their|its|the|by)$/;

/**
 * "Syrian regime warplanes or their Russian allies": another state named right after an "or" that follows
 * the side, by its name or nationality, is a rival perpetrator though no force noun makes it a side.
 */
function rivalState(view: Frame['view'], actor1: ActorCandidate): boolean {
  const end = tokenAt(view, actor1.ref.spans[0][1]);
  const or = view.tokens.findIndex((t, i) => i >= end && i - end < RIVAL_REACH && OR.has(t.norm));
  if (or < 0) return false;
  let at = or + 1;
  while (RIVAL_LEAD.test(view.tokens[at]?.norm ?? '')) at++;
  return view.mentions.some(
    (m) => m.kind === 'country' && tokenAt(view, m.span[0]) === at && m.place?.country !== actor1.country,
  );
}

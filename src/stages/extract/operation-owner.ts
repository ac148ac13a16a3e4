// The side whose operation an act was part of: "twelve militants were killed in a Syrian army offensive".
import { wordSet } from '../../core/text/word-set.js';
import type { ActorCandidate } from './actor-finder.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/**
 * Nouns of a military undertaking that are no incident of their own (no trigger): the side named right
 * before one runs it ("an army offensive", "the Syrian army operation", "a police crackdown").
 */
const OPERATION = wordSet(
  'offensive offensives operation operations campaign campaigns crackdown crackdowns sweep sweeps push onslaught incursion incursions',
);

/**
 * "in", "during": the act befell within the operation. Without one the operation may be the target ("Jets
 * pound ISIS offensive") or a subject of its own.
 */
const WITHIN = wordSet('in during amid throughout');
/** Tokens from "in" to the side's name: "in the latest", "during a new". */
const WITHIN_REACH = 3;

/**
 * "Twelve militants were killed in a Syrian army offensive near Hama", "40 Terrorists Killed in Latest Syrian
 * Army Offensive": an English side named right before an operation noun ran the operation, so it did the act
 * told with it, not suffered it (a passive's harmed are the other side). Of several, the first so named.
 *
 * @example operationOwner(view, perpetrators)?.ref.name // 'Military Forces of Syria' for "killed in an army offensive"
 */
export function operationOwner(
  view: SentenceView,
  perpetrators: readonly ActorCandidate[],
): ActorCandidate | undefined {
  return perpetrators.find((c) => runsOperation(view, c));
}

/**
 * Whether `c` is named right before an operation noun: its runner, never among the harmed a count near it
 * tells ("Twelve militants were killed in a Syrian army offensive": the count is of militants).
 *
 * @example runsOperation(view, army) // true for "killed in an army offensive"
 */
export function runsOperation(view: SentenceView, c: ActorCandidate): boolean {
  if (!OPERATION.has(view.tokens[tokenAt(view, c.ref.spans[0][1])]?.norm ?? '')) return false;
  const before = view.tokens.slice(Math.max(0, c.at - WITHIN_REACH), c.at);
  return before.some((t) => WITHIN.has(t.norm));
}

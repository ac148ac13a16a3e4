/** Sides named as the dead by a noun of their bodies or deaths: the harmed, never the ones who killed. */
import { wordSet } from '../../core/text/word-set.js';
import type { ActorCandidate } from './actor-finder.js';
import type { SentenceView } from './sentence-view.js';

/** "the bodies of", "the deaths of", "the funerals of": nouns that name the dead by what is left of them. */
const DEAD_NOUNS = wordSet('bodies body corpses corpse remains deaths death funerals funeral');
/** A count and its hedges between "of" and the side ("bodies of at least 20", "deaths of some"). */
const COUNT_WORDS = wordSet(
  'the some several dozens dozen scores at least more than about nearly over up to one two three four five ' +
    'six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred',
);
/** Tokens of a count that may stand between "of" and the side. */
const COUNT_REACH = 4;

/**
 * "the bodies of 20 Ruritanian soldiers", "the deaths of six policemen": the side named after a noun of the
 * dead, past a count, is the side that lost them.
 *
 * @example namedAsDead(view, soldiers) // true for "saw the bodies of 20 Ruritanian soldiers"
 */
export function namedAsDead(view: SentenceView, c: ActorCandidate): boolean {
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  let at = c.at - 1;
  while (at > c.at - 1 - COUNT_REACH && (COUNT_WORDS.has(norm(at)) || /^\d+$/.test(norm(at)))) at--;
  return norm(at) === 'of' && DEAD_NOUNS.has(norm(at - 1));
}

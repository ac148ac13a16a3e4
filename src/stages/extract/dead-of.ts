/** Sides named as the dead by a noun of their bodies or deaths: the harmed, never the ones who killed. */
import { wordSet } from '../../core/text/word-set.js';
import type { ActorCandidate } from './actor-finder.js';
import { markBefore, type SentenceView } from './sentence-view.js';

/** "the bodies of", "the deaths of", "the funerals of": nouns that name the dead by what is left of them. */
const DEAD_NOUNS = wordSet('bodies body corpses corpse remains deaths death funerals funeral');
/** A count and its hedges between "of" and the side ("bodies of at least 20", "deaths of some"). */
const COUNT_WORDS = wordSet(
  'the a an some several dozens dozen scores at least more than about nearly over up to one two three four five ' +
    'six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred',
);
/** Tokens of a count that may stand between "of" and the side. */
const COUNT_REACH = 4;
/** Words of one earlier member of the list, past its count ("police officer" in "of one police officer and"). */
const MEMBER_REACH = 2;
/** Earlier members of the list a side may stand behind. */
const LIST_REACH = 4;

/**
 * "the bodies of 20 Ruritanian soldiers", "the deaths of six policemen", "the death of one officer and six
 * soldiers", "the deaths of a pilot, a medic and four soldiers": the side named after a noun of the dead, past
 * a count and earlier members of the same list, is a side that lost them.
 *
 * @example namedAsDead(view, soldiers) // true for "saw the bodies of 20 Ruritanian soldiers"
 */
export function namedAsDead(view: SentenceView, c: ActorCandidate): boolean {
  const { tokens } = view;
  const norm = (i: number) => tokens[i]?.norm ?? '';
  const isCount = (i: number) => COUNT_WORDS.has(norm(i)) || /^\d+$/.test(norm(i));
  // In a list of the dead the mark is a comma ("of a sergeant, a corporal and five soldiers").
  const markAfter = (i: number) => i >= 0 && markBefore(view, i + 1);
  let at = c.at - 1;
  for (let members = 0; ; members++) {
    const countStart = at;
    while (at > countStart - COUNT_REACH && isCount(at)) at--;
    if (norm(at) === 'of') return DEAD_NOUNS.has(norm(at - 1));
    // The earlier member ends before "and" ("the deaths of a sergeant and nine soldiers"), or before a comma when a count opens the next ("the deaths of
    // civilians, Ruritanian soldiers said": a comma may as well close the phrase).
    const join = norm(at) === 'and' ? at : markAfter(at) && at < countStart ? at + 1 : -1;
    if (join < 0 || members === LIST_REACH) return false;
    at = join - 1;
    while (at >= join - MEMBER_REACH && !isCount(at) && norm(at) !== 'of') at--;
    if (!(isCount(at) || norm(at) === 'of')) return false;
  }
}

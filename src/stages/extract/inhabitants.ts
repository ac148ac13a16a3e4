/** People told as those who live in a place: they describe the place, not a side of the act there. */
import type { SentenceView } from './sentence-view.js';

/** «يقطنها», «يسكنه», «تقطنها» (folded): a verb of living somewhere, with the place as its pronoun. */
const INHABITING = /^[يت](?:قطن|سكن)(?:ها|ه|هم|هما)$/;

/**
 * «معارك عنيفة شهدها محيط قرية يقطنها مواطنون من الطائفة المرشدية»: people named at token `at`, right after
 * a verb of inhabiting, tell who lives in the place fought over, not whom the act befell.
 *
 * @example livesThere(view, residents.at) // true for «قرية يقطنها مواطنون»
 */
export function livesThere(view: SentenceView, at: number): boolean {
  return INHABITING.test(view.tokens[at - 1]?.norm ?? '');
}

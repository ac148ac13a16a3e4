import { wordSet } from '../../core/text/word-set.js';
import type { Frame } from './frame-builder.js';

// "eight cases of communal violence", "several incidents of stone-throwing": acts counted as cases are a
// tally of many incidents told in one breath, not one incident with its own place and day.

/** Nouns that count incidents of a kind ("cases of", "incidents of"). Read by `running-totals` too. */
export const CASE_NOUNS = 'cases incidents instances';
/** Words that count cases: number words above one, or an indefinite many. Read by `running-totals` too. */
export const CASE_COUNT_WORDS =
  'two three four five six seven eight nine ten eleven twelve dozens scores several many numerous multiple';

const CASES = wordSet(CASE_NOUNS);
/** Counts of cases: digits above one, or a word of `CASE_COUNT_WORDS`. */
const COUNT = new RegExp(String.raw`^(?:[2-9]|[1-9]\d+|${CASE_COUNT_WORDS.replaceAll(' ', '|')})$`);
/** Words allowed between "of" and the trigger: "cases of communal clashes", "of mob violence". */
const ADJECTIVE_REACH = 2;

/**
 * Every trigger of the frame follows a count of cases and "of" ("six cases of communal clashes"). Cases
 * "in connection with" which men are held are the incidents under inquiry, each one of them told.
 *
 * @example countedCases(frame) // true for "the district saw nine cases of communal violence"
 */
export function countedCases(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  return frame.triggers.every((t) => {
    for (let k = t.start - 1; k >= 2 && k >= t.start - 1 - ADJECTIVE_REACH; k--) {
      if (tokens[k].norm !== 'of') continue;
      const inquiry = tokens[k - 3]?.norm === 'with';
      return CASES.has(tokens[k - 1].norm) && COUNT.test(tokens[k - 2].norm) && !inquiry;
    }
    return false;
  });
}

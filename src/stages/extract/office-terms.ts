import type { TimeExpression } from '../../core/records.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** Holders of an office or a seat, whose term a span of years may follow. */
const OFFICE =
  /^(?:councilor|councillor|councilman|councilwoman|mayor|governor|leader|member|president|chairman|chairwoman|minister|senator|deputy|congressman|lawmaker|legislator|ambassador|director|secretary|commander|chief|head|judge|prosecutor|editor)s?$/;
/** How many tokens may stand between the office and its term: "the leader of the Green Party (GP) from". */
const TERM_REACH = 8;

/**
 * "the councillor of Darnford from 1994-1998", "a deputy of the assembly from 1981-1985": a span of years told right
 * after an office, in the same phrase, is the term its holder served, not a span over which acts are counted.
 *
 * @example officeTerm(view, text, time) // true for "1994-1998" in "The councillor of Darnford from 1994-1998, …"
 */
export function officeTerm(view: SentenceView, text: string, time: TimeExpression): boolean {
  if (time.precision !== 'year' || !time.end) return false;
  const at = tokenAt(view, time.span[0]);
  for (let k = at - 1; k >= Math.max(0, at - TERM_REACH); k--) {
    if (/[,;:.]/.test(text.slice(view.tokens[k].span[1], time.span[0]))) return false;
    if (OFFICE.test(view.tokens[k].norm)) return true;
  }
  return false;
}

// A country's code written on a sum of money ("US$2 million", "$40,000 (US)", "5,000 US dollars") says which
// currency the sum is in, not where anything happened: such a mention is neither a place nor a side.
import type { NameMatch } from './mention-matcher.js';

/** Right after the name: a dollar sign, or the word "dollar(s)" ("US$", "U.S. $", "US dollars"). */
const CURRENCY_AFTER = /^\.?\s?(?:\$|dollars?\b)/i;

/** Right before the name: a sum and an opening bracket ("$40,000 (" before "US)"). */
const SUM_BEFORE = /[$€£]\s?\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s*\($/i;

/**
 * True when the matched name is the currency mark of a sum of money rather than a mention of the country.
 *
 * @example marksCurrency(view.text, matchOf('US')) === true // in "a ransom of US$30,000"
 */
export function marksCurrency(viewText: string, match: NameMatch): boolean {
  const after = viewText.slice(match.view[1], match.view[1] + 10);
  if (CURRENCY_AFTER.test(after)) return true;
  // The closing bracket first: it is one character to look at, and hardly any name has one after it.
  if (!viewText.startsWith(')', match.view[1])) return false;
  return SUM_BEFORE.test(viewText.slice(Math.max(0, match.view[0] - 30), match.view[0]));
}

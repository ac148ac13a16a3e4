import { normalizeName } from '../../core/text/normalize.js';
import { LATIN } from './country-evidence.js';
import type { NameSense } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';

/**
 * How a Latin-script match is spelled in the text's view (folded as names are: `normalizeName`). A loosened
 * key ("malawi" for "Mallawi", doubled letters made single) meets namesakes spelled otherwise, and of those
 * the one written as the text writes it is the one meant. Null for Arabic script, whose written names the
 * view's clitic readings and folding part from too often for the test to say anything.
 *
 * @example textSpelling('a church in mallawi', match) // 'mallawi'
 */
export function textSpelling(viewText: string, match: NameMatch): string | null {
  return LATIN.test(match.key) ? viewText.slice(match.view[0], match.view[1]) : null;
}

/**
 * The sense's own name (or alias) is the text's spelling: "Mallawi" written so is Egypt's Mallawi, which
 * Malawi meets only through the loosened key.
 *
 * @example spelledAsWritten(mallawiSense, 'mallawi') === true
 */
export function spelledAsWritten(sense: NameSense, spelling: string | null): boolean {
  return spelling !== null && foldedName(sense.written) === spelling;
}

/**
 * `normalizeName` of a sense's written name, folded once: the chooser asks this of every sense of every
 * Latin-script match up to twice, and the longer-name rule of every capitalised one; the knowledge base's
 * names are few beside the matches. Bounded: when full the memo starts over.
 *
 * @example foldedName('Mallawi') === normalizeName('Mallawi')
 */
export function foldedName(written: string): string {
  let folded = FOLDED.get(written);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
    FOLDED.set(written, (folded = normalizeName(written)));
  }
  return folded;
}

const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 50_000;

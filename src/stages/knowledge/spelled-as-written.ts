import type { NameSense } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';

const LATIN_WORD = /^[\p{Script=Latin}\s'’.-]+$/u;

/** Latin letters without their accents, lower-cased: how a spelling is compared with a name as written. */
function plainLatin(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * How a Latin-script match is spelled in the text, accents and case aside. A loosened key ("malawi" for
 * "Mallawi", doubled letters made single) meets namesakes spelled otherwise, and of those the one written as
 * the text writes it is the one meant. Null for Arabic script, whose view the language layer normalises.
 *
 * @example textSpelling('a church in mallawi', match) // 'mallawi'
 */
export function textSpelling(viewText: string, match: NameMatch): string | null {
  const spelled = viewText.slice(match.view[0], match.view[1]);
  return LATIN_WORD.test(spelled) ? plainLatin(spelled) : null;
}

/**
 * The sense's own name (or alias) is the text's spelling: "Mallawi" written so is Egypt's Mallawi, which
 * Malawi meets only through the loosened key.
 *
 * @example spelledAsWritten(mallawiSense, 'mallawi') === true
 */
export function spelledAsWritten(sense: NameSense, spelling: string | null): boolean {
  return spelling !== null && plainLatin(sense.written) === spelling;
}

import type { Lexeme } from './word-lexer.js';

// Arabic tells where the counted come from with a nisba adjective after the noun: «21 سائحا أجنبيا»,
// «5 جنود سوريين», «شرطي تونسي». The adjective belongs to the count before it, so a noun joined by «و»
// after it ("21 سائحا أجنبيا وشرطي تونسي") is still joined to that count and shares its fate.

/** A nisba's endings, folded (ة → ه): -ي, -يا, -يه, -يين, -يون, -يات, after at least three letters. */
const NISBA = /^[\u0621-\u064a]{3,}(?:ي|يا|يه|يين|يون|يات)$/;
/** Words of that shape that are no adjective of the counted: a relative pronoun, "last", "until". */
const NOT_NISBA = new Set(['الذي', 'التي', 'الماضي', 'اللذين', 'اللتين', 'الذين', 'حتي', 'لدي', 'الاخري']);
/** How many adjectives may follow one counted noun ("21 سائحا أجنبيا غربيا"). */
const MAX_ADJECTIVES = 2;

/**
 * Where a count that ends at `next` ends once the nisba adjectives after its noun are read with it:
 * `next` itself when none follow. A word glued to «و» starts the next conjunct and is never skipped.
 *
 * @example afterNisbaAdjectives(lexSentences('مقتل 21 سائحا أجنبيا وشرطي', s), 3) // 4
 */
export function afterNisbaAdjectives(lex: readonly Lexeme[], next: number): number {
  let at = next;
  while (
    at - next < MAX_ADJECTIVES &&
    at > 0 &&
    at < lex.length &&
    lex[at].kind === 'word' &&
    lex[at].sentence === lex[at - 1].sentence &&
    !lex[at].norm.startsWith('و') &&
    NISBA.test(lex[at].norm) &&
    !NOT_NISBA.has(lex[at].norm)
  )
    at++;
  return at;
}

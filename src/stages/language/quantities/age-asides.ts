import { PhraseTable } from './phrase-table.js';
import type { Lexeme } from './word-lexer.js';

/** Words before a number that make it a person's age: "aged 37", "ages of 7", «يبلغ من العمر 42». */
export const AGE_MARKERS =
  'aged aged_from aged_between ages_from ages_between ages_of age age_of ages عمر عمره عمرها بعمر العمر';

const AGE_BEFORE = new PhraseTable<true>(
  AGE_MARKERS.split(' ').map((w) => [w.replace('_', ' '), true] as const),
);

/** Joiners of a list of ages: "ages 37 and 42", "aged 20, 25 and 31". */
const AGE_LIST_JOINERS = new Set([',', 'and', '&', 'و']);

/** Marks that may close a person's age told between commas: "Ali Khan, 37, and", "a shopkeeper, 55)". */
const ASIDE_CLOSERS = new Set([',', ';', ')', '.']);

/**
 * A later number of a list of ages ("ages 37 and 42", "aged 20, 25 and 31"): the age word stands before
 * the first number only, so the others would otherwise be read as counts of people and added to the toll.
 *
 * @example agedListItem(lexSentences('two men ages 37 and 42', …), 5) === true
 */
export function agedListItem(lex: readonly Lexeme[], i: number): boolean {
  let k = i;
  while (
    k >= 2 &&
    AGE_LIST_JOINERS.has(lex[k - 1].norm) &&
    lex[k - 2].kind === 'number' &&
    lex[k - 2].sentence === lex[i].sentence
  )
    k -= 2;
  return k !== i && AGE_BEFORE.matchBefore(lex, k) !== null;
}

/**
 * "Ali Khan, 37, and Omar Shah, 42, were shot", "gunmen killed a shopkeeper, 55, in": a number of years
 * set between commas after the name or noun of one person is that person's age, not a count. A plural
 * noun before the comma ("the soldiers, 12, ...") or a participle ("were wounded, 3, ...") is no person.
 */
export function agedAside(lex: readonly Lexeme[], i: number): boolean {
  const age = lex[i];
  if (age.kind !== 'number' || !/^\d{1,3}$/.test(age.norm) || +age.norm > 110 || i < 2) return false;
  const comma = lex[i - 1];
  const person = lex[i - 2];
  if (comma.norm !== ',' || comma.sentence !== age.sentence || person.sentence !== age.sentence) return false;
  if (person.kind !== 'word' || !/^[a-z]/.test(person.norm)) return false;
  if (!person.capitalised && /(?:s|ed|ing)$/.test(person.norm)) return false;
  const after = lex[i + 1];
  return !after || after.sentence !== age.sentence || ASIDE_CLOSERS.has(after.norm);
}

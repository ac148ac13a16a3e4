import type { Quantity } from '../../../core/records.js';
import { ARABIC_NUMBER_FIRST_WORDS, readArabicNumber } from './arabic-number-words.js';
import { COUNTED_NOUNS, DUAL_NOUNS, ROLE_AFTER, ROLE_BEFORE, type NounSense } from './casualty-lexicon.js';
import { parseDigitString } from './digit-number-parser.js';
import { ENGLISH_NUMBER_FIRST_WORDS, readEnglishNumber } from './english-number-words.js';
import { PhraseTable } from './phrase-table.js';
import type { Lexeme } from './word-lexer.js';

/** A number read at some lexeme: its value (null when vague), and the lexeme after it. */
export interface NumberReading {
  value: number | null;
  vague?: Quantity['vague'];
  next: number;
  /** Set when the number is a dual noun ("قتيلين"): the noun is part of the number. */
  sense?: NounSense;
}

const VAGUE = new PhraseTable<NonNullable<Quantity['vague']>>([
  ['عشرات', 'dozens'],
  ['مئات', 'hundreds'],
  ['مئات الآلاف', 'thousands'],
  ['عشرات الآلاف', 'thousands'],
  ['عشرات آلاف', 'thousands'],
  ['مئات آلاف', 'thousands'],
  ['آلاف', 'thousands'],
  ['عدة', 'several'],
  ['بضعة', 'several'],
  ['بضع', 'several'],
  ['عدد من', 'several'],
  ['dozens', 'dozens'],
  ['scores', 'dozens'],
  ['hundreds', 'hundreds'],
  ['thousands', 'thousands'],
  ['tens of thousands', 'thousands'],
  ['hundreds of thousands', 'thousands'],
  ['several', 'several'],
  ['a number of', 'several'],
]);

// Scale words after a number in digits or words: "3 آلاف", "1.5 million", "20 ألفا".
const SCALES = new PhraseTable<number>([
  ...['ألف', 'ألفا', 'آلاف', 'thousand'].map((w) => [w, 1e3] as const),
  ...['مليون', 'مليونا', 'ملايين', 'million'].map((w) => [w, 1e6] as const),
]);

/**
 * The words a number in words, a vague amount or a listed dual may open with (folded): a word that is none
 * of them and has no dual's ending (`mayBeDual`) is no number, and `readNumber` returns null for it.
 */
export const NUMBER_FIRST_WORDS: readonly string[] = [
  ...ARABIC_NUMBER_FIRST_WORDS,
  ...ENGLISH_NUMBER_FIRST_WORDS,
  ...VAGUE.firstWords(),
  ...DUAL_NOUNS.firstWords(),
];

/**
 * Reads the number that starts at lexeme `i`, in any of the forms the text may use: digits of any script
 * with separators, Arabic or English number words, a scale after digits, a vague amount or a dual noun.
 *
 * @example readNumber(lexSentences('نحو ٣ آلاف', [{ span: [0, 10] }]), 1) // { value: 3000, next: 3 }
 */
export function readNumber(lex: readonly Lexeme[], i: number): NumberReading | null {
  // The quantity rules and then the time rules read the same lexemes, and each asks of many a lexeme more
  // than once (a count, its range, the object after a verb; a date's day, "two days ago", "…later"): over
  // the corpus nearly half the readings were repeats. Readings are never changed by their readers.
  if (lex !== readingsOf) {
    readingsOf = lex;
    readings = new Array<NumberReading | null | undefined>(lex.length);
  }
  let reading = readings[i];
  if (reading === undefined) readings[i] = reading = numberAt(lex, i);
  return reading;
}

/** The lexemes `readings` hold the numbers of (by index; undefined where none has been read yet). */
let readingsOf: readonly Lexeme[] | undefined;
let readings: (NumberReading | null | undefined)[] = [];

function numberAt(lex: readonly Lexeme[], i: number): NumberReading | null {
  const lexeme = lex[i];
  if (lexeme.kind === 'number') {
    // Before a scale word one separator marks a decimal: "6.935 مليون" is 6,935,000, not 6,935 million.
    const decimal = /^\d+[.,]\d+$/.test(lexeme.norm) && hasScale(lex, i + 1);
    const value = decimal ? Number(lexeme.norm.replace(',', '.')) : parseDigitString(lexeme.norm);
    return value === null ? null : scaled(lex, value, i + 1);
  }
  if (lexeme.kind !== 'word') return null;
  const words = readArabicNumber(lex, i) ?? readEnglishNumber(lex, i);
  if (words) return scaled(lex, words.value, words.next);
  const vague = VAGUE.matchAt(lex, i);
  if (vague) return { value: null, vague: vague.value, next: i + vague.length };
  const dual = DUAL_NOUNS.matchAt(lex, i);
  if (dual && !(dual.value.noun === 'others' && afterDual(lex, i)))
    return withTwo(lex, { value: 2, next: i + dual.length, sense: dual.value });
  const sense = dualOf(lex, i);
  return sense ? withTwo(lex, { value: 2, next: i + 1, sense }) : null;
}

const TWO_AFTER = new Set(['اثنان', 'اثنين', 'اثنتان', 'اثنتين']);

/** "مسلحان اثنان": the word for two after a dual repeats it and belongs to it. */
function withTwo(lex: readonly Lexeme[], reading: NumberReading): NumberReading {
  const after = lex[reading.next];
  const joined = after && after.sentence === lex[reading.next - 1].sentence && TWO_AFTER.has(after.norm);
  return joined ? { ...reading, next: reading.next + 1 } : reading;
}

/**
 * "قياديان آخران", "اثنان آخران": "another" in the dual after a dual word agrees with it as its adjective,
 * the two already counted; only after a verb or "و" ("وجرح آخران") is it the two themselves.
 */
function afterDual(lex: readonly Lexeme[], i: number): boolean {
  const before = lex[i - 1];
  return before !== undefined && before.sentence === lex[i].sentence && before.norm.endsWith('ان');
}

/** Names that read as the dual of a counted noun: "طالبان" is the Taliban far more often than two students. */
const NAMES_LIKE_DUALS = new Set(['طالبان']);

/**
 * The nominative dual of a counted noun ("مسلحان" of مسلح; its plural ends in -ون, so -ان is always two),
 * or of any -ي adjective of origin next to a casualty word ("قتل حوثيان", "يمنيان قتلا"). The -ين
 * form is left out: it is also the plural ("مسلحين").
 */
function dualOf(lex: readonly Lexeme[], i: number): NounSense | null {
  if (!mayBeDual(lex[i].norm)) return null;
  if (lex[i].forms.some((f) => NAMES_LIKE_DUALS.has(f))) return null;
  for (const form of lex[i].forms) {
    if (form.length < 5) continue;
    const sense = COUNTED_NOUNS.wordValue(form.slice(0, -2));
    if (sense?.one) return { noun: sense.noun, role: sense.role };
    const nisba = form.length >= 6 && form.endsWith('يان') && !form.startsWith('ال');
    if (nisba && (ROLE_BEFORE.matchBefore(lex, i) || nextIsRole(lex, i))) return {};
  }
  return null;
}

/**
 * Whether a folded word may be a nominative dual (`dualOf`): an Arabic word of five letters or more ending
 * in -ان. Proclitics sit in front: the ending of the whole word is that of every form, and few words end so;
 * these letter tests come before any look-up of a form.
 *
 * @example mayBeDual('مسلحان') === true; mayBeDual('مسلح') === false
 */
export function mayBeDual(norm: string): boolean {
  const last = norm.charCodeAt(norm.length - 1);
  const first = norm.charCodeAt(0);
  return last === 0x0646 && norm.length >= 5 && first >= 0x0621 && first <= 0x064a && norm.endsWith('ان');
}

function nextIsRole(lex: readonly Lexeme[], i: number): boolean {
  return lex[i + 1]?.sentence === lex[i].sentence && ROLE_AFTER.matchAt(lex, i + 1) !== null;
}

function hasScale(lex: readonly Lexeme[], next: number): boolean {
  return next < lex.length && lex[next].sentence === lex[next - 1].sentence && SCALES.mayStartAt(lex, next);
}

function scaled(lex: readonly Lexeme[], value: number, next: number): NumberReading {
  const scale = hasScale(lex, next) ? SCALES.matchAt(lex, next) : null;
  if (!scale || (scale.value === 1e3 && value >= 1000)) return { value, next };
  return { value: Math.round(value * scale.value), next: next + scale.length };
}

import { OpeningWords } from './opening-words.js';
import { foldedLexicon, type Lexeme } from './word-lexer.js';

type PartKind = 'unit' | 'head' | 'ten' | 'hundred' | 'hundreds' | 'thousand' | 'thousands' | 'two-thousand';
interface Part {
  kind: PartKind;
  value: number;
}

const UNITS: [string[], number][] = [
  [['واحد', 'واحدة'], 1],
  [['اثنان', 'اثنين', 'اثنتان', 'اثنتين'], 2],
  [['ثلاثة', 'ثلاث'], 3],
  [['أربعة', 'أربع'], 4],
  [['خمسة', 'خمس'], 5],
  [['ستة', 'ست'], 6],
  [['سبعة', 'سبع'], 7],
  [['ثمانية', 'ثماني', 'ثمان'], 8],
  [['تسعة', 'تسع'], 9],
  [['عشرة', 'عشر'], 10],
];
const TENS = ['عشر', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'];
const HUNDRED_PREFIXES: [string, number][] = [
  ['ثلاث', 300],
  ['أربع', 400],
  ['خمس', 500],
  ['ست', 600],
  ['سبع', 700],
  ['ثمان', 800],
  ['ثماني', 800],
  ['تسع', 900],
];

// Every gender and case form: -ون/-ين for tens, مئة/مائة spellings, glued hundreds, duals of 100 and 1000.
const PARTS = foldedLexicon<Part>([
  ...UNITS.flatMap(([forms, value]) => forms.map((f) => [f, { kind: 'unit', value }] as const)),
  ...['أحد', 'إحدى'].map((f) => [f, { kind: 'head', value: 1 }] as const),
  ...['اثنا', 'اثني', 'اثنتا', 'اثنتي'].map((f) => [f, { kind: 'head', value: 2 }] as const),
  ...TENS.flatMap((stem, i) =>
    ['ون', 'ين'].map((end) => [stem + end, { kind: 'ten', value: (i + 2) * 10 }] as const),
  ),
  ...['مئة', 'مائة'].map((f) => [f, { kind: 'hundred', value: 100 }] as const),
  ...['مئتان', 'مئتين', 'مئتا', 'مئتي', 'مائتان', 'مائتين', 'مائتا', 'مائتي'].map(
    (f) => [f, { kind: 'hundreds', value: 200 }] as const,
  ),
  ...HUNDRED_PREFIXES.flatMap(([p, value]) =>
    ['مئة', 'مائة'].map((h) => [p + h, { kind: 'hundreds', value }] as const),
  ),
  ...['ألف', 'ألفا'].map((f) => [f, { kind: 'thousand', value: 1000 }] as const),
  ...['ألفان', 'ألفين', 'ألفي'].map((f) => [f, { kind: 'two-thousand', value: 2000 }] as const),
  ['آلاف', { kind: 'thousands', value: 1000 }],
]);

type Last = PartKind | 'teen' | 'start';

/** The number read from Arabic words, and the index of the first lexeme after it. */
export interface WordNumber {
  value: number;
  next: number;
}

/**
 * Reads an Arabic cardinal written in words from lexeme `i`: units, teens ("خمسة عشر", "إحدى عشرة"),
 * tens joined by و ("واحد وعشرون"), hundreds ("مئة", "مائتين", "ثلاثمائة", "ثلاث مئة") and thousands
 * ("ألف", "ألفين", "ثلاثة آلاف", "عشرين ألفا") up to 999,999, in every gender and case form.
 * The first word may carry و/ف/ب/ل; later words join with و or follow directly (عشر, مئة, آلاف).
 *
 * @example readArabicNumber(lexSentences('مئة وخمسة عشر', [{ span: [0, 13] }]), 0) // { value: 115, next: 3 }
 */
export function readArabicNumber(lex: readonly Lexeme[], i: number): WordNumber | null {
  const first = lex[i];
  if (!first || first.kind !== 'word') return null;
  const head = firstPart(first);
  if (!head) return null;
  const s = { total: 0, current: 0, last: 'start' as Last };
  if (!step(s, head, true)) return null;
  let best: WordNumber | null = s.last === 'head' ? null : { value: s.total + s.current, next: i + 1 };
  for (let j = i + 1; j < lex.length && lex[j].kind === 'word' && lex[j].sentence === first.sentence; j++) {
    const norm = lex[j].norm;
    const direct = PARTS.get(norm);
    const joined = norm.length > 2 && norm[0] === 'و' ? PARTS.get(norm.slice(1)) : undefined;
    if (!(direct && step(s, direct, false)) && !(joined && step(s, joined, true))) break;
    if (s.last !== 'head') best = { value: s.total + s.current, next: j + 1 };
  }
  return best;
}

// The parts a number may open with: as written, or after a conjunction or preposition, never the article
// ("الثلاثة" is "the three", read elsewhere) and never "آلاف" alone. Precomputed so that the many words
// beginning with و ف ب ل are each looked up once, not sliced and looked up again.
const FIRST_PARTS = new Map<string, Part>([
  ...[...PARTS]
    .filter(([, part]) => part.kind !== 'thousands')
    .flatMap(([word, part]) => [...'وفبل'].map((clitic) => [clitic + word, part] as const)),
  ...PARTS,
]);

// Most words open no number: one bit test turns them away before the look-up.
const OPENS_A_NUMBER = new OpeningWords(FIRST_PARTS.keys());
/** The words an Arabic number in words may open with (folded), proclitics included. */
export const ARABIC_NUMBER_FIRST_WORDS: ReadonlySet<string> = OPENS_A_NUMBER.words;

function firstPart(lexeme: Lexeme): Part | undefined {
  return OPENS_A_NUMBER.opens(lexeme) ? FIRST_PARTS.get(lexeme.norm) : undefined;
}

/** Applies one part to the running state; false when it cannot continue the number. */
function step(s: { total: number; current: number; last: Last }, p: Part, conj: boolean): boolean {
  const afterUnit = s.last === 'unit' || s.last === 'head';
  if (s.last === 'start') return start(s, p);
  if (!conj) {
    if (p.kind === 'unit' && p.value === 10 && afterUnit && s.current % 10 !== 0)
      return set(s, s.current + 10, 'teen');
    if (p.kind === 'hundred' && s.last === 'unit' && s.current >= 3 && s.current <= 9)
      return set(s, s.current * 100, 'hundred');
    if (p.kind === 'thousand' && s.total === 0 && s.current >= 11) return mult(s, 1000);
    if (p.kind === 'thousands' && s.total === 0 && s.current >= 3 && s.current <= 10) return mult(s, 1000);
    return false;
  }
  const openHundreds = s.last === 'hundred' || s.last === 'thousand';
  if ((p.kind === 'unit' || p.kind === 'head') && openHundreds && s.current % 100 === 0)
    return set(s, s.current + p.value, p.kind);
  if (p.kind === 'ten' && (openHundreds || (s.last === 'unit' && s.current % 100 < 10)))
    return set(s, s.current + p.value, 'ten');
  if ((p.kind === 'hundred' || p.kind === 'hundreds') && s.last === 'thousand' && s.current === 0)
    return set(s, p.value, 'hundred');
  return false;
}

function start(s: { total: number; current: number; last: Last }, p: Part): boolean {
  if (p.kind === 'thousands') return false;
  if (p.kind === 'thousand' || p.kind === 'two-thousand') {
    s.total = p.value;
    s.last = 'thousand';
    return true;
  }
  return set(s, p.value, p.kind === 'hundreds' ? 'hundred' : p.kind);
}

function set(s: { current: number; last: Last }, current: number, last: Last): true {
  s.current = current;
  s.last = last;
  return true;
}

function mult(s: { total: number; current: number; last: Last }, by: number): true {
  s.total += s.current * by;
  s.current = 0;
  s.last = 'thousand';
  return true;
}

import { KNOWN_ARABIC_FORMS } from './clitic-lexicon.js';

/** A normalised Arabic token cut into proclitics, stem and enclitic pronoun; the three concatenate back. */
export interface CliticSplit {
  prefix: string;
  stem: string;
  suffix: string;
}

/**
 * Proclitic sequences in normalised form: conjunction (و ف), preposition (ب ك ل), article (ال);
 * ل + ال is written لل. Longest first, so the greedy reading is tried first.
 */
const PREFIXES = [
  ...'وبال فبال وكال فكال وال فال بال كال ولل فلل لل ال وب وك ول فب فك فل و ف ب ك ل'.split(' '),
  '',
];

/**
 * Enclitic pronouns and the shortest stem each may leave. A bare ه is not taken off here: after ة→ه folding
 * it is far more often a ta marbuta ("مدينه") than "his" (`splitWrittenClitics` sees the written word and
 * does); ي and ك are likewise mostly part of the word.
 */
const SUFFIXES: readonly (readonly [suffix: string, minStem: number])[] = [
  ['هما', 3],
  ['كما', 4],
  ['هم', 3],
  ['هن', 3],
  ['ها', 3],
  ['كم', 4],
  ['كن', 4],
  ['نا', 3],
  ['', 0],
];

const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]+$/;
/** A conjunction or preposition written on a number: "و15", "ب50", "ل3". */
const CLITIC_ON_DIGITS = /^([وف]?[بكل]?)(\d[\d.,]*)$/;

/** Shortest stem a proclitic sequence may leave when the stem is not a known form. */
function minStemAfter(prefix: string): number {
  if (prefix === '') return 0;
  return prefix.endsWith('ال') || prefix.endsWith('لل') ? 2 : 3;
}

/**
 * Every structurally possible reading of a normalised token, the best first: readings whose stem is a
 * known form (the built-in list, or `isKnown`, e.g. a knowledge-base lookup) before the others; among known
 * ones the fewest letters removed, among unknown ones the most. Matchers can try them all.
 *
 * @example cliticReadings('وبغداد')[0] // { prefix: 'و', stem: 'بغداد', suffix: '' }
 */
export function cliticReadings(normToken: string, isKnown?: (stem: string) => boolean): CliticSplit[] {
  return readings(normToken, isKnown);
}

/**
 * The readings of `cliticReadings` that take proclitics off and leave the end of the word alone, in the
 * same order, found without trying every enclitic: a matcher looking for names behind proclitics asks
 * this for every new word.
 *
 * @example procliticReadings('وبغداد')[0] // { prefix: 'و', stem: 'بغداد', suffix: '' }
 */
export function procliticReadings(normToken: string, isKnown?: (stem: string) => boolean): CliticSplit[] {
  const withDigits = CLITIC_ON_DIGITS.exec(normToken);
  if (withDigits)
    return withDigits[1] === '' ? [] : [{ prefix: withDigits[1], stem: withDigits[2], suffix: '' }];
  const out: CliticSplit[] = [];
  if (normToken.length < 3 || !ARABIC_WORD.test(normToken)) return out;
  // Built in order, not scored and sorted as `readings` does: the proclitics a word opens with differ in length
  // and come longest first, so each known reading goes before those found so far and each other one after.
  for (const prefix of PROCLITICS) {
    if (!normToken.startsWith(prefix)) continue;
    const stem = normToken.slice(prefix.length);
    if (stem.length >= 2 && known(stem, isKnown)) out.unshift({ prefix, stem, suffix: '' });
    else if (stem.length >= Math.max(minStemAfter(prefix), 2)) out.push({ prefix, stem, suffix: '' });
  }
  return out;
}

/** The proclitic sequences, with no empty one: `procliticReadings` never leaves the word whole. */
const PROCLITICS = PREFIXES.filter((prefix) => prefix !== '');

/**
 * The proclitic sequences `normToken` opens with, shortest first: the prefixes `procliticReadings` tries, for a
 * caller that weighs the stems behind them itself.
 *
 * @example proclitics('وبالموصل') // ['و', 'وب', 'وبال']
 */
export function proclitics(normToken: string): string[] {
  const out: string[] = [];
  for (let i = PROCLITICS.length - 1; i >= 0; i--)
    if (normToken.startsWith(PROCLITICS[i])) out.push(PROCLITICS[i]);
  return out;
}

function readings(normToken: string, isKnown?: (stem: string) => boolean): CliticSplit[] {
  const withDigits = CLITIC_ON_DIGITS.exec(normToken);
  if (withDigits) return [{ prefix: withDigits[1], stem: withDigits[2], suffix: '' }];
  if (normToken.length < 3 || !ARABIC_WORD.test(normToken))
    return [{ prefix: '', stem: normToken, suffix: '' }];
  const scored: { split: CliticSplit; known: boolean; removed: number }[] = [];
  for (const prefix of PREFIXES) {
    if (!normToken.startsWith(prefix)) continue;
    const rest = normToken.slice(prefix.length);
    for (const [suffix, minStem] of SUFFIXES) {
      if (!rest.endsWith(suffix)) continue;
      const stem = rest.slice(0, rest.length - suffix.length);
      const isKnownStem = stem.length >= 2 && known(stem, isKnown);
      const longEnough = stem.length >= Math.max(minStem, minStemAfter(prefix), 2);
      if (!isKnownStem && !longEnough) continue;
      scored.push({
        split: { prefix, stem, suffix },
        known: isKnownStem,
        removed: prefix.length + suffix.length,
      });
    }
  }
  scored.sort((a, b) =>
    a.known !== b.known ? (a.known ? -1 : 1) : a.known ? a.removed - b.removed : b.removed - a.removed,
  );
  return scored.map((s) => s.split);
}

// A module function, not a closure in `readings`: that runs for every new word, and a closure made per call
// costs more than the look-up it wraps.
function known(stem: string, isKnown?: (stem: string) => boolean): boolean {
  return KNOWN_ARABIC_FORMS.has(stem) || (isKnown?.(stem) ?? false);
}

/**
 * Splits the proclitics (و ف ب ك ل ال لل وال بال فال كال ولل …) and common enclitic pronouns
 * (ها هم هما هن كم كما كن نا) off a normalised Arabic token, keeping letters that belong to the word:
 * a reading that leaves a known form wins, and otherwise a stem keeps at least two letters after the
 * article and three after a bare preposition or conjunction. Not a stemmer: no pattern or plural is undone.
 *
 * @example splitClitics('بموسكو') // { prefix: 'ب', stem: 'موسكو', suffix: '' }
 * @example splitClitics('والحوثيين') // { prefix: 'وال', stem: 'حوثيين', suffix: '' }
 * @example splitClitics('لبنان') // { prefix: '', stem: 'لبنان', suffix: '' }
 */
export function splitClitics(normToken: string, isKnown?: (stem: string) => boolean): CliticSplit {
  if (isKnown) return cliticReadings(normToken, isKnown)[0];
  let split = cache.get(normToken);
  if (split === undefined) {
    // News vocabulary is Zipfian: a bounded memo answers most tokens without enumerating readings.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    split = Object.freeze(cliticReadings(normToken)[0]);
    cache.set(normToken, split);
  }
  return split;
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, CliticSplit>();

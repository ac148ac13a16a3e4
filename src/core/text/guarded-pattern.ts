import { requiredStrings } from './required-strings.js';

/** A pattern that is run only on a text holding one of the words every match of it holds. */
export interface GuardedPattern {
  /** The pattern's match in `text`, or null, as `RegExp.prototype.exec` gives it. */
  exec(text: string): RegExpExecArray | null;
  /** Whether the pattern matches in `text`, as `RegExp.prototype.test` tells. */
  test(text: string): boolean;
  /** The words the pattern is guarded by, as given (see `guardedPattern`), and the pattern's flags. */
  readonly words: string;
  readonly flags: string;
}

/**
 * `pattern`, run only on a text that holds one of `words` (a space-separated list, as written in the
 * pattern; a substring test, so "were" is found in "werewolf" too, which only costs a run; in any case when
 * the pattern ignores case, as its words then match "And" and "AND" too) and one string of each list
 * `requiredStrings` reads off the pattern itself. A long pattern tried at every position of a clause costs
 * microseconds to fail; most clauses lack its words, and looking for a word costs tens of nanoseconds.
 * `words` must be read off the pattern — every alternative of it must hold one of them — and kept in step
 * with it: a match without one would be lost. Without `words`, only the strings read off the pattern guard
 * it ("\w+ (?:killed|shot dead) (?:a|the) guard" runs only where "killed" or "shot dead" stands).
 * A global or sticky pattern is refused: a guard that skips it would leave its `lastIndex` where it was.
 *
 * @example
 * const died = guardedPattern(/\b(?:He|She) died\b/, 'died');
 * died.exec('He died on Monday')?.[0]; // 'He died'
 * died.exec('He was hurt'); // null, without running the pattern
 * died.test('She died'); // true
 */
export function guardedPattern(pattern: RegExp, words = ''): GuardedPattern {
  if (pattern.global || pattern.sticky)
    throw new Error(`guardedPattern: /${pattern.source}/ keeps a lastIndex`);
  // The guard is read off the pattern when the pattern is first run, not when its module is loaded: reading
  // forty patterns cost some 50 ms of every start, and a run that never tries a pattern never pays for it.
  let checks: readonly Check[] | undefined;
  const guard = (text: string): boolean => holdsAll((checks ??= checksOf(pattern, words)), text);
  return {
    exec: (text) => (guard(text) ? pattern.exec(text) : null),
    test: (text) => guard(text) && pattern.test(text),
    words,
    flags: pattern.flags,
  };
}

/**
 * Whether `text` holds one of the words any of `patterns` is guarded by: when it does not, every one of them
 * fails on it, its guard looking for its own words first. For patterns asked in turn of one text, several
 * ways of telling one thing: most texts hold none of their words, and one search for the words of them all
 * turns such a text away where each guard searched for its own (six searches of the words before each place,
 * for where people or shots came from). The words are compared as the guards compare them, so all patterns
 * must share their flags, and each must be guarded by words.
 *
 * @example
 * const hurt = anyWordOf([guardedPattern(/\bshot dead\b/i, 'shot'), guardedPattern(/\bstabbed\b/i, 'stabbed')]);
 * hurt('He was STABBED'); // true: run the patterns
 * hurt('He was wounded'); // false: none of them matches
 */
export function anyWordOf(patterns: readonly GuardedPattern[]): (text: string) => boolean {
  const flags = patterns[0].flags;
  const words = patterns.map((p) => declaredWords(p.words));
  if (patterns.some((p, k) => p.flags !== flags || words[k].length === 0))
    throw new Error('anyWordOf: patterns of one flags, each guarded by words');
  const anyOf = new RegExp(
    [...new Set(words.flat())].map(escaped).join('|'),
    (flags.includes('i') ? 'i' : '') + (flags.includes('u') ? 'u' : ''),
  );
  return (text) => anyOf.test(text);
}

/** The words a pattern is guarded by, as `guardedPattern` takes them: a space-separated list. */
function declaredWords(words: string): string[] {
  return words.split(' ').filter((w) => w !== '');
}

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One list of a guard: a text passes when it holds one of `strings`, compared as the guarded pattern
 * compares — by a few plain searches, or, when `anyOf` is set, by that one pattern of them all.
 */
interface Check {
  strings: readonly string[];
  anyOf: RegExp | null;
  /** For each string, where its rarest letter stands (see `rarestAt`): the plain search looks for it there. */
  rarest: readonly number[];
}

/**
 * The checks of `pattern`'s guard: one of `words`, and one string of each list read off `pattern` (see
 * `guardedPattern`). Four or more strings are looked for as one pattern, and all when the pattern ignores
 * case (its words then match "And" and "AND" too, by the pattern's own case folding): a few plain searches
 * cost less, many cost more, measured on the guards' texts.
 */
function checksOf(pattern: RegExp, words: string): Check[] {
  const declared = declaredWords(words);
  const lists = declared.length > 0 ? [declared, ...requiredStrings(pattern)] : requiredStrings(pattern);
  const flags = (pattern.ignoreCase ? 'i' : '') + (pattern.unicode ? 'u' : '');
  return lists.map((strings) => ({
    strings,
    anyOf:
      !pattern.ignoreCase && strings.length <= 3 ? null : new RegExp(strings.map(escaped).join('|'), flags),
    rarest: strings.map(rarestAt),
  }));
}

/**
 * Whether `text` passes every check. The guards are run on some 230 texts an article and nearly always say
 * no at their first check: one loop over plain records, where a closure per check called through `every`
 * and `some` (and a closure made per text) cost a sixth of the guards' time (the corpus's 164k guard calls
 * of a pass replayed: 23.9 → 19.9 ms).
 */
function holdsAll(checks: readonly Check[], text: string): boolean {
  for (let k = 0; k < checks.length; k++) {
    const { strings, anyOf } = checks[k];
    if (anyOf !== null ? !anyOf.test(text) : !holdsOneOf(strings, checks[k].rarest, text)) return false;
  }
  return true;
}

/** Whether `text` holds one of `strings`, as they are written; `rarest`: see `rarestAt`. */
function holdsOneOf(strings: readonly string[], rarest: readonly number[], text: string): boolean {
  for (let k = 0; k < strings.length; k++)
    if (rarest[k] === 0 ? text.includes(strings[k]) : holdsFrom(text, strings[k], rarest[k])) return true;
  return false;
}

/**
 * Whether `text` holds `string`, looked for by its part from `at` on, then confirmed whole. V8 looks for a
 * short string by its first letter, then compares the rest at each place that letter stands: for "المصدر"
 * in Arabic text that is every sixth or seventh letter, where "صدر" is found about once an article.
 */
function holdsFrom(text: string, string: string, at: number): boolean {
  const part = string.slice(at);
  for (let i = text.indexOf(part, at); i >= 0; i = text.indexOf(part, i + 1))
    if (text.startsWith(string, i - at)) return true;
  return false;
}

/**
 * Arabic letters from the most common in news text to the least (measured on Arabic news: "ا" is one
 * letter in seven, "ل" one in nine, "ظ" one in three hundred).
 */
const ARABIC_BY_FREQUENCY = 'اليمنوترعبةدفهقسحأكجشطصإىخضزثذئءغظ';

/**
 * Where the rarest Arabic letter of `string` stands, when it is rarer than the letter it opens with, else
 * 0. Other Arabic letters count as rarest; other characters (a space, a Latin letter) are never chosen.
 *
 * @example rarestAt('المصدر') // 3: "ص"
 */
function rarestAt(string: string): number {
  let best = 0;
  let bestRank = rankOf(string.charCodeAt(0));
  for (let i = 1; i < string.length; i++) {
    const rank = rankOf(string.charCodeAt(i));
    if (rank > bestRank) [best, bestRank] = [i, rank];
  }
  return best;
}

/** How rare an Arabic letter is (higher is rarer), -1 for any other character. */
function rankOf(unit: number): number {
  if (unit < 0x0600 || unit > 0x06ff) return -1;
  const k = ARABIC_BY_FREQUENCY.indexOf(String.fromCharCode(unit));
  return k < 0 ? ARABIC_BY_FREQUENCY.length : k;
}

import { requiredStrings } from './required-strings.js';

/** A pattern that is run only on a text holding one of the words every match of it holds. */
export interface GuardedPattern {
  /** The pattern's match in `text`, or null, as `RegExp.prototype.exec` gives it. */
  exec(text: string): RegExpExecArray | null;
  /** Whether the pattern matches in `text`, as `RegExp.prototype.test` tells. */
  test(text: string): boolean;
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
  let holdsAll: ((text: string) => boolean) | undefined;
  const guard = (text: string): boolean => (holdsAll ??= guardOf(pattern, words))(text);
  return {
    exec: (text) => (guard(text) ? pattern.exec(text) : null),
    test: (text) => guard(text) && pattern.test(text),
  };
}

/**
 * Whether a text holds one of `words` and one string of each list read off `pattern` (see `guardedPattern`).
 * The guards are run on some 230 texts an article and nearly always say no at their first list: the checks
 * are called directly, not through `every` and `some` and a closure made per text, which cost a seventh of
 * the guards' time (the corpus's 164k guard calls of a pass replayed: 20.1–20.7 ms → 17.3–17.4).
 */
function guardOf(pattern: RegExp, words: string): (text: string) => boolean {
  const declared = words.split(' ').filter((w) => w !== '');
  const lists = declared.length > 0 ? [declared, ...requiredStrings(pattern)] : requiredStrings(pattern);
  const checks = lists.map((list) => holdsOneOf(list, pattern));
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0];
  return (text) => {
    for (let k = 0; k < checks.length; k++) if (!checks[k](text)) return false;
    return true;
  };
}

/**
 * Whether a text holds one of `strings`, compared as `pattern` compares: a few plain searches, or one
 * pattern of them all when they are many or the pattern ignores case (its words then match "And" and
 * "AND" too, by the pattern's own case folding). Four or more strings cost less as one pattern, measured
 * on the guards' texts.
 */
function holdsOneOf(strings: readonly string[], pattern: RegExp): (text: string) => boolean {
  if (!pattern.ignoreCase && strings.length === 1) {
    const only = strings[0];
    return (text) => text.includes(only);
  }
  if (!pattern.ignoreCase && strings.length <= 3)
    return (text) => {
      for (let k = 0; k < strings.length; k++) if (text.includes(strings[k])) return true;
      return false;
    };
  const flags = (pattern.ignoreCase ? 'i' : '') + (pattern.unicode ? 'u' : '');
  const anyOf = new RegExp(strings.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), flags);
  return (text) => anyOf.test(text);
}

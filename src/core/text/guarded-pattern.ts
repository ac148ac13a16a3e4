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
 * the pattern ignores case, as its words then match "And" and "AND" too). A long pattern
 * tried at every position of a clause costs microseconds to fail; most clauses lack its words, and
 * looking for a word costs tens of nanoseconds. `words` must be read off the pattern — every alternative of
 * it must hold one of them — and kept in step with it: a match without one would be lost.
 *
 * @example
 * const died = guardedPattern(/\b(?:He|She) died\b/, 'died');
 * died.exec('He died on Monday')?.[0]; // 'He died'
 * died.exec('He was hurt'); // null, without running the pattern
 * died.test('She died'); // true
 */
export function guardedPattern(pattern: RegExp, words: string): GuardedPattern {
  const needed = words.split(' ').filter((w) => w !== '');
  const holdsWord = pattern.ignoreCase
    ? anyCaseTest(needed)
    : (text: string) => needed.some((w) => text.includes(w));
  return {
    exec: (text) => (holdsWord(text) ? pattern.exec(text) : null),
    test: (text) => holdsWord(text) && pattern.test(text),
  };
}

/** Whether a text holds one of `words`, in any case: one pattern of them all, as the guarded one ignores case. */
function anyCaseTest(words: readonly string[]): (text: string) => boolean {
  const anyCase = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
  return (text) => anyCase.test(text);
}

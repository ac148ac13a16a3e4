import type { PhraseTable } from '../quantities/phrase-table.js';

/**
 * The words that open a time expression only as the first word of a table's phrases of two words or more,
 * each with the words those phrases go on with (folded). "the" opens "the day before", "the end of" and a
 * few more, «في» opens «في وقت مبكر من»: in news they open nothing most of the times they are written, and
 * with them about half the lexemes the rules were tried at, in vain. A word the rules also read outside
 * the tables (`elsewhere`: a hand-listed opener, the first word of a number) stays out: anything may
 * follow it.
 *
 * @example tableOnlyOpeners([new PhraseTable([['the day before', -1]])], () => false).get('the') // Set {'day'}
 */
export function tableOnlyOpeners(
  tables: readonly PhraseTable<unknown>[],
  elsewhere: (word: string) => boolean,
): Map<string, ReadonlySet<string>> {
  const followers = new Map<string, Set<string>>();
  const open = new Set<string>();
  for (const table of tables) {
    for (const first of table.firstWords()) {
      const seconds = table.secondWords(first);
      if (seconds === null || elsewhere(first)) open.add(first);
      else
        for (const second of seconds) followers.set(first, (followers.get(first) ?? new Set()).add(second));
    }
  }
  for (const word of open) followers.delete(word);
  return followers;
}

import { ENGLISH_SCALE_WORDS } from '../quantities/english-number-words.js';
import type { PhraseTable } from '../quantities/phrase-table.js';
import { UNITS } from './time-lexicon.js';

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

/**
 * "a"/"an" open a time expression only as a count of one: before a unit ("a week ago", "a month later"),
 * before "few" ("a few days ago"), or before a scale word the number reader counts ("a hundred hours"). In
 * news they stood before other words at about a fifth of the lexemes the rules were tried at, every time in
 * vain. Each article with the words that may follow it, for `tableOnlyOpeners`' map.
 *
 * @example ARTICLE_FOLLOWERS.get('a')?.has('week') === true
 */
const AFTER_ARTICLE: ReadonlySet<string> = new Set([...UNITS.firstWords(), 'few', ...ENGLISH_SCALE_WORDS]);
export const ARTICLE_FOLLOWERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['a', AFTER_ARTICLE],
  ['an', AFTER_ARTICLE],
]);

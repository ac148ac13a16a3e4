import type { Quantity } from '../../core/records.js';
import { withTollRoles } from './toll-words.js';

/**
 * The quantity of `word` in `text`, with the role the language stage gives it, as the toll reads it:
 * the tests of the toll words read one count at a time.
 *
 * @example readTollAt('Four guards were killed', 'Four', 4).role // 'killed'
 */
export function readTollAt(
  text: string,
  word: string,
  value: number,
  others: Quantity[] = [],
  role?: 'killed' | 'injured',
): Quantity {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`fixture: "${word}" is not in the text: ${text}`);
  const q: Quantity = { span: [at, at + word.length], value, qualifier: 'exact', ...(role ? { role } : {}) };
  return withTollRoles([...others, q], text).at(-1)!;
}

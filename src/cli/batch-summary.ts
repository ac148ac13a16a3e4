import { basename } from 'node:path';
import { READ_KINDS } from '../app/index.js';

/** @example countOf(1, 'article') === '1 article'; countOf(3, 'event') === '3 events' */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** How many names of skipped files the summary shows before it only counts the rest. */
const SHOWN_SKIPPED = 3;

/**
 * The skipped part of a batch summary, naming the files a folder walk passed over: a user who finds fewer
 * articles than files sees at once which ones and why.
 *
 * @example skippedNote(['a/README.md']) === '1 skipped (README.md: not .txt, .html, .json, .jsonl, .warc or .xml)'
 */
export function skippedNote(paths: readonly string[]): string {
  if (paths.length === 0) return '0 skipped';
  const names = paths.slice(0, SHOWN_SKIPPED).map((path) => basename(path));
  const rest = paths.length - names.length;
  const shown = rest > 0 ? `${names.join(', ')} and ${rest} more` : names.join(', ');
  return `${paths.length} skipped (${shown}: not ${READ_KINDS.slice(0, -1).join(', ')} or ${READ_KINDS.at(-1)})`;
}

/**
 * The errors part of a batch summary, with the warnings beside it when there were any: an article read only
 * in part (a cut archive, a feed's own text) is stored, and the summary should not read as if all went well.
 *
 * @example problemsNote(0, 2) === '0 errors, 2 warnings (read only in part or from a fallback; see above)'
 */
export function problemsNote(errors: number, warnings: number): string {
  const counted = countOf(errors, 'error');
  return warnings === 0
    ? counted
    : `${counted}, ${countOf(warnings, 'warning')} (read only in part or from a fallback; see above)`;
}

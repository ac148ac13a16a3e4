import { readFileSync } from 'node:fs';
import { MarsadError } from '../../core/errors.js';

/**
 * The objects of a JSON Lines file; a bad line is an error that names the file and the line.
 *
 * @example readJsonLines('gold.jsonl').length // 45
 */
export function readJsonLines(path: string): Record<string, unknown>[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new MarsadError('INPUT_UNREADABLE', `${path}: ${(error as Error).message}`, { cause: error });
  }
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch (error) {
      throw new MarsadError('EVAL_BAD_JSON', `${path}:${i + 1}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  });
}

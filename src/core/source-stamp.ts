import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Stamps of the files a file written by `npm run build` was made from (the built knowledge base, the expanded
 * lexicons): a reader compares the stamp stored in the file with the files on disk and builds afresh when
 * they differ, so an edit is never hidden by an old file.
 */

/** A stamp line of each file: `group:path below base`, size and modification time. */
export function stamped(group: string, base: string, files: readonly string[]): string[] {
  return files.map((file) => {
    const stat = statSync(file);
    return `${group}:${relative(base, file).split(sep).join('/')}\t${stat.size}\t${stat.mtimeMs}`;
  });
}

/**
 * The files of `dir` ending in `suffix`, sorted, as paths; none when the folder does not exist (a user folder
 * not made yet holds no knowledge).
 *
 * @example filesIn('/repo/data/places', '.tsv')[0].endsWith('.tsv')
 */
export function filesIn(dir: string, suffix: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith(suffix) && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => join(dir, name));
}

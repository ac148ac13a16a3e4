import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const folderStamps = new Map<string, readonly string[]>();

/**
 * `stamped` of every file of the code folder `dir`, worked out once per process: the built base and the
 * expanded lexicons both depend on core/, and every start-up checks both stamps. Code does not change under a
 * running process (data files may, so they are stamped afresh each time).
 */
export function stampedCode(base: string, dir: string): readonly string[] {
  let lines = folderStamps.get(dir);
  if (lines === undefined) folderStamps.set(dir, (lines = stamped('code', base, filesIn(dir, ''))));
  return lines;
}

/** The compiled code's root (`dist/`, or `src/`): code files are stamped by their path below it. */
export const CODE_ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * The stamps of core's own code and of core/text, which both build caches are made with (the file's layout
 * and these stamps among them), once per process.
 */
export const coreCodeStamps = (): readonly string[] => [
  ...stampedCode(CODE_ROOT, fileURLToPath(new URL('./', import.meta.url))),
  ...stampedCode(CODE_ROOT, fileURLToPath(new URL('./text/', import.meta.url))),
];

/**
 * The files of `dir` ending in `suffix`, sorted, as paths; none when the folder does not exist (a user folder
 * not made yet holds no knowledge).
 *
 * @example filesIn('/repo/data/places', '.tsv')[0].endsWith('.tsv')
 */
export function filesIn(dir: string, suffix: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  // The folder's listing tells each entry's type: only a link is stat'ed, for what it points to (a stat of
  // every file cost 10-20 ms of each start-up, the code folders holding some 300 files).
  const isFile = (entry: Dirent): boolean =>
    entry.isFile() || (entry.isSymbolicLink() && statSync(join(dir, entry.name)).isFile());
  return entries
    .filter((entry) => entry.name.endsWith(suffix) && isFile(entry))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(dir, name));
}

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repo, where the team's corpus and data sets live (absent on a user's machine). */
export const SHARED = resolve(fileURLToPath(new URL('../../shared', import.meta.url)));

/** Every article text file under a folder of the shared corpus, sorted; empty when the corpus is absent. */
export function corpusTextFiles(sub = 'corpus'): string[] {
  const root = join(SHARED, sub);
  if (!existsSync(root)) return [];
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return walk(path);
        return path.endsWith('.txt') ? [path] : [];
      });
  return walk(root);
}

/** An article of the corpus as read from disk. */
export interface CorpusInput {
  path: string;
  bytes: Buffer;
}

/** The bytes of each of `files`, read once before any timing. */
export function corpusInputs(files: readonly string[]): CorpusInput[] {
  return files.map((path) => ({ path, bytes: readFileSync(path) }));
}

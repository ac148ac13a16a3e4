// Hand-typed tables the stages read from data/ (the extract stage's lexicons, the resolve stage's
// secessions) are read alike: tab-separated cells, "#" comments and blank lines left out.
import { readFileSync } from 'node:fs';

/** One row of a table: its tab-separated cells, the line as written, and where it stands ("x.tsv:12"). */
export interface TsvRow {
  cells: string[];
  line: string;
  where: string;
}

/**
 * The rows of a tab-separated file of the folder `dir`, in order, blank lines and "#" comments left out: the
 * lexicons, the word sets they name and the resolve stage's tables are read alike.
 *
 * @example tsvRows('word-sets.tsv', LEXICON_DIR)[0].cells[0] === 'found-or-defused'
 */
export function tsvRows(fileName: string, dir: URL): TsvRow[] {
  return readFileSync(new URL(fileName, dir), 'utf8')
    .split('\n')
    .flatMap((line, index) =>
      line.trim() === '' || line.startsWith('#')
        ? []
        : [{ cells: line.split('\t'), line, where: `${fileName}:${index + 1}` }],
    );
}

import { readFileSync } from 'node:fs';

/** One row of a lexicon file: its tab-separated cells, the line as written, and where it stands ("x.tsv:12"). */
export interface LexiconRow {
  cells: string[];
  line: string;
  where: string;
}

/**
 * The rows of a tab-separated file of the lexicon folder `dir`, in order, blank lines and "#" comments left
 * out: the lexicons and the word sets they name are read alike.
 *
 * @example lexiconRows('word-sets.tsv', LEXICON_DIR)[0].cells[0] === 'found-or-defused'
 */
export function lexiconRows(fileName: string, dir: URL): LexiconRow[] {
  return readFileSync(new URL(fileName, dir), 'utf8')
    .split('\n')
    .flatMap((line, index) =>
      line.trim() === '' || line.startsWith('#')
        ? []
        : [{ cells: line.split('\t'), line, where: `${fileName}:${index + 1}` }],
    );
}

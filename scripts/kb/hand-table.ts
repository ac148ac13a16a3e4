import { readFileSync } from 'node:fs';

/** One row of a hand-typed table: column name → cell text ('' when the row is shorter than the header). */
export type HandRow = Record<string, string>;

/**
 * Reads a hand-typed TSV table: the first non-comment line is the header, `#` lines are comments,
 * blank lines are skipped. Short rows are padded so that hand-typing trailing empty cells is optional.
 *
 * @example
 * const rows = readHandTable('scripts/kb/countries.tsv');
 * rows[0].cc; // 'AF'
 */
export function readHandTable(path: string): HandRow[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  let header: string[] | null = null;
  const rows: HandRow[] = [];
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t').map((cell) => cell.trim());
    if (!header) {
      header = cells;
      continue;
    }
    if (cells.length > header.length) {
      throw new Error(`${path}:${index + 1}: ${cells.length} cells but the header has ${header.length}`);
    }
    rows.push(Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
  }
  return rows;
}

/**
 * Splits a `|`-separated list cell, dropping empty items and duplicates while keeping order.
 *
 * @example
 * splitList('USA| US |USA'); // ['USA', 'US']
 */
export function splitList(cell: string | undefined): string[] {
  if (!cell) return [];
  return [
    ...new Set(
      cell
        .split('|')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}

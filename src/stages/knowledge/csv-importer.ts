import { MarsadError } from '../../core/errors.js';
import { KB_COLUMNS, parseKbTsv } from './tsv-reader.js';
import type { Entity } from './kb-types.js';

/**
 * Splits RFC 4180 CSV into rows: commas, double-quoted fields with `""` escapes and line breaks inside
 * quotes, CRLF or LF.
 *
 * @example parseCsv('a,"b,c"\n1,"say ""hi"""') // [['a', 'b,c'], ['1', 'say "hi"']]
 */
export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (quoted) {
      if (ch === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && content[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/**
 * Reads a user's CSV of places or actors. The header names columns of the knowledge-base format
 * (docs/knowledge-format.md) in any order; `kind` and one of `name_en`/`name_ar` are required, every
 * other column is optional; list columns use `|`. A row without an id gets one from its kind, country
 * and name (`place:user:ly:zawiya`, `actor:user:some-brigade`), so re-importing a file yields the same ids.
 *
 * @example parseKbCsv('kind,name_en,country\ncity,Zawiya,LY', 'mine.csv')[0].id === 'place:user:ly:zawiya'
 */
export function parseKbCsv(content: string, origin: string): Entity[] {
  const [header, ...rows] = parseCsv(content.replace(/^\uFEFF/, ''));
  if (header === undefined) return [];
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !(KB_COLUMNS as readonly string[]).includes(n));
  if (
    unknown.length > 0 ||
    !names.includes('kind') ||
    !(names.includes('name_en') || names.includes('name_ar'))
  ) {
    throw new MarsadError(
      'KB_INVALID',
      `${origin}:1: the header needs "kind" and "name_en" or "name_ar", from: ${KB_COLUMNS.join(', ')}` +
        (unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''),
    );
  }
  // Each CSV row becomes a TSV row and goes through the one TSV validator, so both formats obey one set of rules.
  const tsv = rows.map((cells) => {
    const value = (column: string): string =>
      (cells[names.indexOf(column)] ?? '').replace(/[\t\r\n]+/g, ' ').trim();
    const id =
      value('id') || generatedId(value('kind'), value('country'), value('name_en') || value('name_ar'));
    return KB_COLUMNS.map((column) => (column === 'id' ? id : value(column))).join('\t');
  });
  return parseKbTsv([KB_COLUMNS.join('\t'), ...tsv].join('\n'), origin);
}

const PLACE_KIND = /^(country|region|city|district|site)$/;

function generatedId(kind: string, country: string, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  const cc = country === '' ? '' : `${country.toLowerCase()}:`;
  return `${PLACE_KIND.test(kind) ? 'place' : 'actor'}:user:${cc}${slug}`;
}

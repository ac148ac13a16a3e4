import type { Entity } from './kb-types.js';
import { KB_COLUMNS } from './tsv-reader.js';

// Tabs, line breaks and the list separator cannot appear inside a value (docs/knowledge-format.md).
const clean = (value: string): string => value.replace(/[\t\r\n|]+/g, ' ').trim();

/**
 * Writes entities as a knowledge-base TSV file (header included) that `parseKbTsv` reads back.
 *
 * @example formatKbTsv([entity], 'imported by marsad kb import geonames').split('\n')[1].startsWith('id\tkind')
 */
export function formatKbTsv(entities: readonly Entity[], comment: string): string {
  const lines = [`# ${clean(comment)}`, KB_COLUMNS.join('\t')];
  for (const e of entities) {
    const list = (values: string[]): string =>
      values
        .map(clean)
        .filter((v) => v !== '')
        .join('|');
    const num = (n: number | null): string => (n === null ? '' : String(n));
    lines.push(
      [
        clean(e.id),
        e.kind,
        clean(e.name_en),
        list(e.aliases_en),
        clean(e.name_ar),
        list(e.aliases_ar),
        list(e.demonyms_en),
        list(e.demonyms_ar),
        clean(e.parent ?? ''),
        e.country ?? '',
        num(e.lat),
        num(e.lon),
        num(e.population),
        list(e.refs),
      ].join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}

import { MarsadError } from '../../core/errors.js';
import type { EntityKind } from '../../core/records.js';
import type { Entity } from './kb-types.js';

/** The header every knowledge-base file starts with, in this order (docs/knowledge-format.md). */
export const KB_COLUMNS = [
  'id',
  'kind',
  'name_en',
  'aliases_en',
  'name_ar',
  'aliases_ar',
  'demonyms_en',
  'demonyms_ar',
  'parent',
  'country',
  'lat',
  'lon',
  'population',
  'refs',
] as const;

const KINDS: ReadonlySet<string> = new Set<EntityKind>([
  'country',
  'region',
  'city',
  'district',
  'site',
  'person',
  'state-forces',
  'armed-group',
  'party',
  'igo',
  'media',
  'organisation',
  'group',
]);

/**
 * Parses one knowledge-base TSV file. A malformed line is a KB_INVALID error naming file and line, because
 * a silently skipped row would make a place vanish from every article without anyone noticing.
 *
 * @example
 * parseKbTsv(KB_COLUMNS.join('\t') + '\ncountry:LY\tcountry\tLibya\t\tليبيا\t\t\t\t\tLY\t\t\t\t', 'x.tsv')[0].name_ar === 'ليبيا'
 */
export function parseKbTsv(content: string, origin: string): Entity[] {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
  if (header < 0) return [];
  if (lines[header] !== KB_COLUMNS.join('\t')) {
    throw new MarsadError(
      'KB_INVALID',
      `${origin}:${header + 1}: the header is not "${KB_COLUMNS.join(' ')}"`,
    );
  }
  const rows: Entity[] = [];
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '' || line.startsWith('#')) continue;
    rows.push(parseRow(line.split('\t'), `${origin}:${i + 1}`));
  }
  return rows;
}

/** Column positions by name: cells are read by index, since destructuring 14 of them is slow to compile. */
const AT = Object.fromEntries(KB_COLUMNS.map((name, i) => [name, i])) as Record<
  (typeof KB_COLUMNS)[number],
  number
>;

function parseRow(cells: string[], where: string): Entity {
  if (cells.length !== KB_COLUMNS.length) {
    throw new MarsadError('KB_INVALID', `${where}: ${cells.length} columns, expected ${KB_COLUMNS.length}`);
  }
  for (let k = 0; k < cells.length; k++) cells[k] = cells[k].trim();
  checkRow(cells, where);
  return {
    id: cells[AT.id],
    kind: cells[AT.kind] as EntityKind,
    name_en: cells[AT.name_en],
    aliases_en: list(cells[AT.aliases_en]),
    name_ar: cells[AT.name_ar],
    aliases_ar: list(cells[AT.aliases_ar]),
    demonyms_en: list(cells[AT.demonyms_en]),
    demonyms_ar: list(cells[AT.demonyms_ar]),
    parent: cells[AT.parent] || null,
    country: cells[AT.country] || null,
    lat: numberOrNull(cells[AT.lat], where, 'lat'),
    lon: numberOrNull(cells[AT.lon], where, 'lon'),
    population: numberOrNull(cells[AT.population], where, 'population'),
    refs: list(cells[AT.refs]),
    origin: where,
    tier: 'user',
  };
}

function checkRow(cells: readonly string[], where: string): void {
  const id = cells[AT.id];
  const kind = cells[AT.kind];
  const country = cells[AT.country];
  if (id === '') throw new MarsadError('KB_INVALID', `${where}: the id is empty`);
  if (!KINDS.has(kind)) throw new MarsadError('KB_INVALID', `${where}: unknown kind "${kind}"`);
  if (cells[AT.name_en] === '' && cells[AT.name_ar] === '') {
    throw new MarsadError('KB_INVALID', `${where}: ${id} has no name`);
  }
  if (country !== '' && !/^[A-Z]{2}$/.test(country)) {
    throw new MarsadError('KB_INVALID', `${where}: country "${country}" is not an ISO 3166-1 alpha-2 code`);
  }
}

function list(cell: string): string[] {
  if (cell === '') return [];
  // Most cells hold one name, already trimmed: no split, and a list sized for it.
  if (!cell.includes('|')) return [cell];
  const names: string[] = [];
  for (const part of cell.split('|')) {
    const name = part.trim();
    if (name !== '') names.push(name);
  }
  return names;
}

function numberOrNull(cell: string, where: string, column: string): number | null {
  if (cell === '') return null;
  const n = Number(cell);
  if (!Number.isFinite(n))
    throw new MarsadError('KB_INVALID', `${where}: ${column} "${cell}" is not a number`);
  return n;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_COLUMNS } from './place-row.js';

// The shipped actors are typed by hand: these checks catch what a reviewer's eye misses in 800 rows.
const DATA = join(import.meta.dirname, '..', '..', 'data');
type Row = Record<(typeof KB_COLUMNS)[number], string> & { file: string };

function readRows(folder: string): Row[] {
  const dir = join(DATA, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.tsv'))
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('id\t'))
        .map((line) => ({
          ...(Object.fromEntries(line.split('\t').map((cell, i) => [KB_COLUMNS[i], cell])) as Row),
          file,
          cells: line.split('\t').length,
        })),
    );
}

const actors = readRows('actors');
const places = readRows('places');
const ids = new Set([...actors, ...places].map((row) => row.id));
const ACTOR_KINDS = [
  'person',
  'state-forces',
  'armed-group',
  'party',
  'igo',
  'media',
  'organisation',
  'group',
];

describe('the shipped actor files', () => {
  it('have 14 cells on every row', () => {
    // The checks over `actors` prove nothing if no row was read.
    expect(actors.length).toBeGreaterThan(800);
    const bad = actors
      .filter((row) => (row as unknown as { cells: number }).cells !== 14)
      .map((r) => `${r.file}: ${r.id}`);
    expect(bad).toEqual([]);
  });

  it('never repeat an id, among themselves or with a place', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const row of [...places, ...actors]) {
      if (seen.has(row.id)) repeated.push(`${row.id} in ${seen.get(row.id)} and ${row.file}`);
      seen.set(row.id, row.file);
    }
    expect(repeated).toEqual([]);
  });

  it('give every row an actor kind, an English name, and a parent and country that exist', () => {
    const problems = actors.flatMap((row) => [
      ...(ACTOR_KINDS.includes(row.kind) ? [] : [`${row.id}: kind "${row.kind}"`]),
      ...(row.name_en.trim() ? [] : [`${row.id}: no English name`]),
      ...(row.parent === '' || ids.has(row.parent) ? [] : [`${row.id}: parent ${row.parent} does not exist`]),
      ...(row.country === '' || ids.has(`country:${row.country}`)
        ? []
        : [`${row.id}: country ${row.country}`]),
    ]);
    expect(problems).toEqual([]);
  });

  it('spell the canonical names the annotation conventions use', () => {
    const names = new Set(actors.map((row) => row.name_en));
    for (const name of [
      'Islamic State',
      'Houthi Movement',
      'Saudi-led Coalition',
      'Hamas',
      'Hezbollah',
      'Civilians',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
    expect(names.has('Military Forces of Russia')).toBe(true);
  });
});

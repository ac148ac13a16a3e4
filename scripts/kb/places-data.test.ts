import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlaceFiles } from './place-files.js';
import { KB_COLUMNS } from './place-row.js';

const dir = join(import.meta.dirname, '..', '..', 'data', 'places');
const fileNames = readdirSync(dir).filter((name) => name.endsWith('.tsv'));
const texts = new Map(fileNames.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

type Row = Record<(typeof KB_COLUMNS)[number], string>;
const rows: Row[] = [...texts.values()].flatMap((text) =>
  text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('id\t'))
    .map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [KB_COLUMNS[i], cell])) as Row),
);
const byId = new Map(rows.map((row) => [row.id, row]));

function arabicNames(row: Row): string[] {
  return [row.name_ar, ...row.aliases_ar.split('|')].filter((name) => name !== '');
}

describe('the shipped place files', () => {
  it.each(fileNames)('%s has the exact header and 14 cells on every row', (name) => {
    const lines = texts
      .get(name)!
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(lines[0]).toBe(KB_COLUMNS.join('\t'));
    for (const line of lines) expect(line.split('\t')).toHaveLength(14);
  });

  it('never repeats an id', () => {
    expect(byId.size).toBe(rows.length);
  });

  it('gives every parent an existing row', () => {
    const orphans = rows.filter((row) => row.parent !== '' && !byId.has(row.parent)).map((row) => row.id);
    expect(orphans).toEqual([]);
  });

  it('places every row with coordinates on the globe and a known country', () => {
    for (const row of rows.filter((r) => r.kind !== 'country' || r.lat !== '')) {
      expect(Math.abs(Number(row.lat)), row.id).toBeLessThanOrEqual(90);
      expect(Math.abs(Number(row.lon)), row.id).toBeLessThanOrEqual(180);
      expect(byId.has(`country:${row.country}`), row.id).toBe(true);
    }
  });

  it('gives every region and town an Arabic name', () => {
    const unnamed = rows.filter((row) => row.kind !== 'country' && row.name_ar === '').map((row) => row.id);
    expect(unnamed).toEqual([]);
  });

  it('never uses a bare common word as a place name (it would match all over a text)', () => {
    const common = [
      'العاصمة',
      'المدينة',
      'الشمال',
      'الجنوب',
      'الشرق',
      'الغرب',
      'الوسط',
      'الساحل',
      'الداخلية',
      'القطاع',
      'جامعة',
      'الثورة',
      'التحرير',
    ];
    const offenders = rows.filter((row) => arabicNames(row).some((name) => common.includes(name)));
    expect(offenders.map((row) => row.id)).toEqual([]);
  });

  it('are exactly what the generator writes from the hand tables (no hand edits)', () => {
    const { files } = buildPlaceFiles();
    for (const [name, text] of files) expect(texts.get(name), name).toBe(text);
  });
});

describe('names that mean different places', () => {
  it.each([
    ['طرابلس', ['place:ly:tripoli', 'place:lb:tripoli']],
    ['الإسكندرية', ['place:eg:alexandria']],
    ['حمص', ['place:sy:homs', 'region:sy:homs']],
    ['حماة', ['place:sy:hama', 'region:sy:hama']],
    ['كركوك', ['place:iq:kirkuk', 'region:iq:kirkuk']],
    ['جورجيا', ['country:GE']],
  ])('%s names each of its places with a distinct id', (name, ids) => {
    const holders = rows.filter((row) => arabicNames(row).includes(name)).map((row) => row.id);
    expect(holders).toEqual(expect.arrayContaining(ids));
  });

  it('keeps namesakes in different countries apart by coordinates', () => {
    const libya = byId.get('place:ly:tripoli')!;
    const lebanon = byId.get('place:lb:tripoli')!;
    expect(Number(libya.lon)).toBeLessThan(20);
    expect(Number(lebanon.lon)).toBeGreaterThan(35);
  });

  it('writes Russia with its demonyms in both languages, genders and numbers', () => {
    const russia = byId.get('country:RU')!;
    expect(russia.demonyms_ar.split('|')).toEqual(
      expect.arrayContaining(['روسي', 'روسية', 'الروسي', 'الروسية', 'روس', 'الروس', 'الروسيين']),
    );
    expect(russia.demonyms_en.split('|')).toEqual(['Russian', 'Russians']);
  });

  it('keeps capitals out of country aliases', () => {
    expect(arabicNames(byId.get('country:US')!)).not.toContain('واشنطن');
    expect(arabicNames(byId.get('country:US')!)).toEqual(expect.arrayContaining(['أمريكا', 'أميركا']));
  });
});

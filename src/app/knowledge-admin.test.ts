import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKbDir, importCsv, importGeonames, lookupName } from './knowledge-admin.js';

// GeoNames city-file lines (19 columns). 2210247 is Tripoli, Libya, which the shipped base knows; 990000001
// is a made-up town so the test does not depend on what the shipped base holds.
const geonamesLine = (
  id: string,
  name: string,
  alternates: string,
  lat: string,
  lon: string,
  cc: string,
  pop: string,
  admin1 = '01',
) =>
  [
    id,
    name,
    name,
    alternates,
    lat,
    lon,
    'P',
    'PPL',
    cc,
    '',
    admin1,
    '',
    '',
    '',
    pop,
    '',
    '10',
    'Africa/Tripoli',
    '2024-01-01',
  ].join('\t');
const CITIES = [
  geonamesLine('990000001', 'Qaryat Example', 'Karyat Ekzampl,قرية المثال', '31.5', '15.5', 'LY', '40000'),
  geonamesLine('2210247', 'Tripoli', 'Tarabulus', '32.88743', '13.18733', 'LY', '1150989'),
].join('\n');
const ALTERNATE_NAMES = [
  '1\t990000001\tar\tقرية المثال الكبرى\t1\t\t\t',
  '2\t990000001\ten\tExample Village\t\t\t\t',
].join('\n');

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-kb-'));
  await writeFile(join(dir, 'cities.txt'), CITIES);
  await writeFile(join(dir, 'alternateNames.txt'), ALTERNATE_NAMES);
  return dir;
}

describe('marsad kb import and lookup', () => {
  it('imports GeoNames rows with their Arabic names, merging a known place instead of adding it twice', async () => {
    const dir = await scratch();
    const kbDir = join(dir, 'kb');
    const files = [join(dir, 'cities.txt'), join(dir, 'alternateNames.txt')];
    expect(await importGeonames({ files, kbDir })).toMatchObject({ read: 2, added: 1, known: 1 });
    const again = await importGeonames({ files, kbDir });
    expect(again).toMatchObject({ read: 2, added: 0, known: 2 });
    const written = await readFile(join(kbDir, 'geonames.tsv'), 'utf8');
    expect(written.split('\n').filter((l) => l.startsWith('place:'))).toHaveLength(2);
    expect(written).toContain('place:ly:tripoli\tcity');

    const [found] = await lookupName('بقرية المثال الكبرى', { kbDir });
    expect(found).toMatchObject({ entity_id: 'place:geonames:990000001', country: 'LY' });
    expect((await lookupName('Example Village', { kbDir }))[0].entity_id).toBe('place:geonames:990000001');
  });

  it('files an imported town under the region of the base its GeoNames first-level division is', async () => {
    const dir = await scratch();
    const kbDir = join(dir, 'kb');
    const town = geonamesLine('990000002', 'Example Oasis', '', '39.1', '76.2', 'CN', '30000', '13');
    await writeFile(join(dir, 'towns.txt'), town);
    await importGeonames({ files: [join(dir, 'towns.txt')], kbDir });
    const written = await readFile(join(kbDir, 'geonames.tsv'), 'utf8');
    const row = written
      .split('\n')
      .find((l) => l.startsWith('place:geonames:990000002'))!
      .split('\t');
    expect(row[8]).toBe('region:cn:xinjiang');
  });

  it('imports a CSV, matching a row to a known entity by name, country and distance', async () => {
    const dir = await scratch();
    const kbDir = join(dir, 'kb');
    const csv =
      'kind,name_en,aliases_ar,country,lat,lon\ncity,Tripoli,طرابلس الغرب الكبرى,LY,32.9,13.2\narmed-group,Liwa Example,لواء المثال,LY,,\n';
    await writeFile(join(dir, 'mine.csv'), csv);
    expect(await importCsv({ file: join(dir, 'mine.csv'), kbDir })).toMatchObject({
      read: 2,
      known: 1,
      added: 1,
    });
    expect((await lookupName('طرابلس الغرب الكبرى', { kbDir }))[0].entity_id).toBe('place:ly:tripoli');
    expect((await lookupName('للواء المثال', { kbDir }))[0].entity_id).toBe('actor:user:ly:liwa-example');
  });

  it('lists an entity matched by its name and by an alias once, with both ways', async () => {
    const kbDir = join(await scratch(), 'kb');
    const results = await lookupName('Tenenkou', { kbDir });
    const ids = results.map((r) => r.entity_id);
    expect(ids).toEqual([...new Set(ids)]);
    const town = results.find((r) => r.entity_id === 'place:ml:tenenkou');
    expect(town?.why.filter((w) => w.includes(' is its '))).toHaveLength(2);
  });

  it('reports a missing input file as INPUT_UNREADABLE, before it reads the knowledge base', async () => {
    // A knowledge base directory holding a file that is no knowledge: the missing input is still named first.
    const kbDir = await mkdtemp(join(tmpdir(), 'marsad-kb-'));
    await writeFile(join(kbDir, 'notes.tsv'), 'not a header\n');
    await expect(importGeonames({ files: ['/nonexistent/cities.txt'], kbDir })).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
    });
  });

  it('keeps user knowledge under $MARSAD_HOME/kb', () => {
    expect(defaultKbDir({ MARSAD_HOME: '/data/marsad' })).toBe('/data/marsad/kb');
  });
});

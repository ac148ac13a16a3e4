import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KB_COLUMNS, loadKnowledgeBase, lookup } from './index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/kb/', import.meta.url));

describe('loadKnowledgeBase', () => {
  it('lets a user folder add names to a shipped entity by repeating its id', async () => {
    const userDir = await mkdtemp(join(tmpdir(), 'marsad-user-kb-'));
    const row = [
      'place:iq:mosul',
      'city',
      'Mosul',
      'Mossoul',
      'الموصل',
      'أم الربيعين',
      '',
      '',
      '',
      'IQ',
      '',
      '',
      '',
      '',
    ];
    await writeFile(join(userDir, 'mine.tsv'), `${KB_COLUMNS.join('\t')}\n${row.join('\t')}\n`);
    const kb = await loadKnowledgeBase({ dataDir: FIXTURES, userDirs: [userDir, join(userDir, 'absent')] });
    expect(kb.entities.get('place:iq:mosul')).toMatchObject({
      aliases_en: ['Mossoul'],
      aliases_ar: ['أم الربيعين'],
    });
    expect(kb.entities.get('place:iq:mosul')?.population).toBe(1739800);
    expect(lookup(kb, 'بأم الربيعين')[0].entity_id).toBe('place:iq:mosul');
  });

  it('adds worldwide towns once, lending a known town its gazetteer name instead of duplicating it', async () => {
    const kb = await loadKnowledgeBase({ dataDir: FIXTURES });
    expect(kb.entities.has('place:geonames:2210247')).toBe(false);
    expect(lookup(kb, 'Tripoli').map((r) => r.entity_id)).toContain('place:ly:tripoli');
    expect(lookup(kb, 'Kandahar')[0]).toMatchObject({ country: 'AF', kind: 'city' });
  });

  it('keeps a worldwide town apart from the province that shares its name and point', async () => {
    const userDir = await mkdtemp(join(tmpdir(), 'marsad-user-kb-'));
    const province = [
      'region:tr:kilis',
      'region',
      'Kilis',
      '',
      '',
      '',
      '',
      '',
      '',
      'TR',
      '36.72',
      '37.12',
      '',
      '',
    ];
    await writeFile(join(userDir, 'provinces.tsv'), `${KB_COLUMNS.join('\t')}\n${province.join('\t')}\n`);
    const kb = await loadKnowledgeBase({ dataDir: FIXTURES, userDirs: [userDir] });
    const kinds = lookup(kb, 'Kilis').map((r) => `${r.kind} ${r.country}`);
    expect(kinds).toEqual(expect.arrayContaining(['region TR', 'city TR']));
  });
});

describe('the shipped base places worldwide towns in their regions', async () => {
  const kb = await loadKnowledgeBase();
  it("by the gazetteer's first-level division, for its own towns and for ours filed under a country alone", () => {
    expect(kb.entities.get('place:geonames:1280849')).toMatchObject({
      name_en: 'Kashgar',
      parent: 'region:cn:xinjiang',
    });
    expect(kb.entities.get('place:pe:huanta')?.parent).toBe('region:pe:ayacucho');
    expect(kb.entities.get('region:cn:xinjiang')?.refs).toContain('geonames-admin1:CN.13');
  });
});

describe('the shipped actors resolve by each of their common names', async () => {
  const kb = await loadKnowledgeBase();
  it.each([
    ['داعش', 'actor:islamic-state'],
    ['تنظيم الدولة', 'actor:islamic-state'],
    ['الدولة الإسلامية في العراق والشام', 'actor:islamic-state'],
    ['ISIL', 'actor:islamic-state'],
    ['Daesh', 'actor:islamic-state'],
    ['ولاية خراسان', 'actor:islamic-state:khorasan'],
    ['ISWAP', 'actor:islamic-state:west-africa'],
    ['القوات الروسية', 'actor:forces:ru:military'],
    ['الجيش الروسي', 'actor:forces:ru:military'],
    ['Russian forces', 'actor:forces:ru:military'],
    ['والحوثيين', 'actor:houthi-movement'],
    ['أنصار الله', 'actor:houthi-movement'],
    ['AQAP', 'actor:al-qaeda:aqap'],
    ['حركة الشباب', 'actor:al-shabaab'],
    ['كتائب القسام', 'actor:qassam-brigades'],
    ['الحشد الشعبي', 'actor:pmf'],
    ['قسد', 'actor:sdf'],
    ['التحالف العربي', 'actor:saudi-led-coalition'],
    ['المدنيين', 'actor:civilians'],
    ['المتظاهرين', 'actor:protesters'],
    ['نتنياهو', 'actor:person:benjamin-netanyahu'],
  ])('%s is %s', (name, id) => {
    expect(lookup(kb, name)[0]?.entity_id).toBe(id);
  });

  it('links branches to their group and forces to their state', () => {
    expect(kb.entities.get('actor:islamic-state:sinai')?.parent).toBe('actor:islamic-state');
    expect(kb.entities.get('actor:forces:ru:military')).toMatchObject({
      parent: 'country:RU',
      country: 'RU',
    });
  });
});

describe('the shipped places', async () => {
  const kb = await loadKnowledgeBase();
  it('know Colombian towns of the armed conflict, one entity each even where the gazetteer has them', () => {
    expect(lookup(kb, 'Guapi')[0]).toMatchObject({ entity_id: 'place:co:guapi', country: 'CO' });
    const bugas = lookup(kb, 'Buga').filter((r) => r.country === 'CO');
    expect(bugas.map((r) => r.entity_id)).toEqual(['place:co:buga']);
    expect(lookup(kb, 'Guadalajara de Buga')[0]?.entity_id).toBe('place:co:buga');
  });
});

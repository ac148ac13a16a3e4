import { describe, expect, it } from 'vitest';
import { arabicNamed, knownNamesFinder, knowledgeLookup } from './arabic-names.js';

const ENTITIES = new Map([
  ['country:IN', { name_en: 'India', name_ar: 'الهند' }],
  ['actor:protesters', { name_en: 'Protesters', name_ar: 'المتظاهرون' }],
  ['actor:forces:in:police', { name_en: 'Police Forces of India', name_ar: 'الشرطة الهندية' }],
  ['place:in:pune', { name_en: 'Pune', name_ar: 'بونه', aliases_ar: ['بونا', 'مدينة بونه'] }],
  [
    'actor:islamic-state',
    {
      name_en: 'Islamic State',
      name_ar: 'تنظيم الدولة',
      aliases_ar: ['داعش'],
      aliases_en: ['ISIS', 'Daesh'],
    },
  ],
  ['actor:unnamed-in-arabic', { name_en: 'Hill Gunmen', name_ar: '', aliases_en: ['the hill men'] }],
]);
const knowledge = knowledgeLookup(ENTITIES);
const ref = (name: string, entity_id: string | null = null) => ({ name, entity_id, spans: [] });

describe('Arabic names beside stored English names', () => {
  it('names a linked reference by its entity id', () => {
    expect(arabicNamed(ref('Pune', 'place:in:pune'), knowledge).name_ar).toBe('بونه');
  });

  it('names an implied side the pipeline left unlinked by its English canonical name', () => {
    expect(arabicNamed(ref('Police Forces of India'), knowledge).name_ar).toBe('الشرطة الهندية');
  });

  it("names a generic side with its country in brackets from the side's and the country's names", () => {
    expect(arabicNamed(ref('Protesters (India)'), knowledge).name_ar).toBe('المتظاهرون (الهند)');
  });

  it('leaves a name the knowledge base does not know English only', () => {
    expect(arabicNamed(ref('Rioters (India)'), knowledge)).toMatchObject({ name: 'Rioters (India)' });
    expect(arabicNamed(ref('Rioters (India)'), knowledge)).not.toHaveProperty('name_ar');
    expect(arabicNamed(ref('Protesters (Atlantis)'), knowledge)).not.toHaveProperty('name_ar');
  });

  it('never takes an id for a name or a name for an id', () => {
    expect(knowledge('India')).toBe(ENTITIES.get('country:IN'));
    expect(knowledge('country:India')).toBeUndefined();
    expect(arabicNamed(ref('Pune', 'place:in:other'), knowledge)).toMatchObject({ name: 'Pune' });
    expect(arabicNamed(ref('Pune', 'place:in:other'), knowledge)).not.toHaveProperty('name_ar');
  });
});

describe('the other names the search index holds beside a record name', () => {
  const knownNames = knownNamesFinder(knowledge);

  it("are an entity's Arabic name and then its Arabic aliases", () => {
    expect(knownNames(ref('Pune', 'place:in:pune'))).toEqual(['بونه', 'بونا', 'مدينة بونه']);
  });

  it('are its English aliases too, so "Daesh" finds what an article says Islamic State did', () => {
    expect(knownNames(ref('Islamic State', 'actor:islamic-state'))).toEqual([
      'تنظيم الدولة',
      'داعش',
      'ISIS',
      'Daesh',
    ]);
  });

  it('are its English aliases alone where it has no Arabic name', () => {
    expect(knownNames(ref('Hill Gunmen', 'actor:unnamed-in-arabic'))).toEqual(['the hill men']);
  });

  it('are the composed name of a generic side, and none for a name the knowledge base does not know', () => {
    expect(knownNames(ref('Protesters (India)'))).toEqual(['المتظاهرون (الهند)']);
    expect(knownNames(ref('Rioters (India)'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { arabicNamed, arabicNamesFinder, knowledgeLookup } from './arabic-names.js';

const ENTITIES = new Map([
  ['country:IN', { name_en: 'India', name_ar: 'الهند' }],
  ['actor:protesters', { name_en: 'Protesters', name_ar: 'المتظاهرون' }],
  ['actor:forces:in:police', { name_en: 'Police Forces of India', name_ar: 'الشرطة الهندية' }],
  ['place:in:pune', { name_en: 'Pune', name_ar: 'بونه', aliases_ar: ['بونا', 'مدينة بونه'] }],
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

describe('the Arabic names the search index holds beside a record name', () => {
  const arabicNames = arabicNamesFinder(knowledge);

  it("are an entity's name and then its aliases", () => {
    expect(arabicNames(ref('Pune', 'place:in:pune'))).toEqual(['بونه', 'بونا', 'مدينة بونه']);
  });

  it('are the composed name of a generic side, and none for a name the knowledge base does not know', () => {
    expect(arabicNames(ref('Protesters (India)'))).toEqual(['المتظاهرون (الهند)']);
    expect(arabicNames(ref('Rioters (India)'))).toEqual([]);
  });
});

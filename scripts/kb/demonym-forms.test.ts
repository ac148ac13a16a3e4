import { describe, expect, it } from 'vitest';
import { arabicDemonymForms, englishDemonymForms } from './demonym-forms.js';

describe('arabicDemonymForms', () => {
  it.each([
    ['روسي', ['روس'], ['روسي', 'روسية', 'روسيون', 'روسيين', 'روس', 'الروسي', 'الروسية', 'الروسيين', 'الروس']],
    ['عراقي', [], ['عراقي', 'عراقية', 'عراقيون', 'العراقي', 'العراقية', 'العراقيين', 'العراقيات']],
    ['مغربي', ['مغاربة'], ['مغاربة', 'المغاربة', 'المغربية']],
  ])('writes every gender, number and article form of %s', (masculine, broken, expected) => {
    expect(arabicDemonymForms(masculine, broken)).toEqual(expect.arrayContaining(expected));
  });

  it('adds the nisba ya when the stem lacks it', () => {
    expect(arabicDemonymForms('سور')).toContain('السورية');
  });

  it('never doubles the article on a broken plural typed with it', () => {
    const forms = arabicDemonymForms('أمريكي', ['الأمريكان']);
    expect(forms).toContain('الأمريكان');
    expect(forms).not.toContain('الالأمريكان');
  });

  it('writes nothing for an empty stem', () => {
    expect(arabicDemonymForms('')).toEqual([]);
  });
});

describe('englishDemonymForms', () => {
  it.each([
    ['Iraqi', ['Iraqi', 'Iraqis']],
    ['Russian', ['Russian', 'Russians']],
    ['Lebanese', ['Lebanese']],
    ['Swiss', ['Swiss']],
    ['British', ['British']],
    ['French', ['French']],
  ])('gives %s its plural only when English has one', (adjective, expected) => {
    expect(englishDemonymForms(adjective)).toEqual(expected);
  });
});

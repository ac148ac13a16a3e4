import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorsOf } from './fixture-actors.js';
import { demonymEntity, placeEntity } from './fixture-entities.js';

// An Arabic arrest that names no arrester is the police's only when the sentence names a state's authority.
describe('the arrester of an arrest that names none', () => {
  it('is no one when the sentence names no authority', () => {
    const text = 'وفي بلدة القائم اعتقل صباح الأحد عشرون شابا رفضوا الانضمام إلى صفوف المقاتلين.';
    const mentions: FixtureSpec['mentions'] = [['القائم', placeEntity('Al-Qaim', 'IQ')]];
    expect(actorsOf({ text, mentions })[0]).toBeUndefined();
  });

  it('is the police of the state whose authorities announced it', () => {
    const text = 'ذكرت السلطات الأردنية أنه جرى اعتقال ستة رجال في مدينة إربد مساء الخميس.';
    const mentions: FixtureSpec['mentions'] = [
      ['الأردنية', demonymEntity('Jordan', 'JO')],
      ['إربد', placeEntity('Irbid', 'JO')],
    ];
    expect(actorsOf({ text, mentions })[0]).toBe('Police Forces of Jordan');
  });

  it("takes the authority's nationality over another country the sentence names", () => {
    const text =
      'وقالت وزارة الداخلية البحرينية في بيان إنه تم إلقاء القبض على أربعة أشخاص تلقوا تدريبات في سوريا.';
    const mentions: FixtureSpec['mentions'] = [
      ['البحرينية', demonymEntity('Bahrain', 'BH')],
      ['سوريا', placeEntity('Syria', 'SY', 'country')],
    ];
    expect(actorsOf({ text, mentions })[0]).toBe('Police Forces of Bahrain');
  });

  it('keeps the country’s police for an English arrest', () => {
    const text = 'Five men were arrested in Tikrit on Monday.';
    const mentions: FixtureSpec['mentions'] = [['Tikrit', placeEntity('Tikrit', 'IQ')]];
    expect(actorsOf({ text, mentions })[0]).toBe('Police Forces of Iraq');
  });

  it('names the police of a country whose name takes "the" as the side finder does', () => {
    const text = 'Five men were arrested in Davao on Monday.';
    const mentions: FixtureSpec['mentions'] = [['Davao', placeEntity('Davao', 'PH')]];
    expect(actorsOf({ text, mentions })[0]).toBe('Police Forces of the Philippines');
  });
});

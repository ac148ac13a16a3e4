import { describe, expect, it } from 'vitest';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';
import { subTypesOf } from '../../../test/support/resolved-events.js';

const velmora = placeEntity('Velmora', 'BV');

describe('a weapon told after an execution', () => {
  it('is how captives were put to death, an attack on them', () => {
    const text =
      'Militants in Velmora executed three captives on Sunday by firing a rocket at the car they were tied in.';
    expect(firstSubType({ text, mentions: [['Velmora', velmora]] })).toBe('Attack');
  });

  it('is how captives were put to death in Arabic too', () => {
    const text =
      'بث التنظيم أمس تسجيلا يظهر إعدام أربعة رهائن داخل شاحنة فجرها مقاتلوه بقذيفة صاروخية قرب بلدة فلمورة.';
    expect(firstSubType({ text, mentions: [['بلدة فلمورة', velmora]], language: 'ar' })).toBe('Attack');
  });

  it('is one more way captives were put to death when a later act of the sentence takes them back', () => {
    const text =
      'عرضت الجماعة شريطا يوثق إعدام أسرى اتهمتهم بالتجسس على مشارف بلدة فلمورة بعدة أساليب، منها حبسهم داخل شاحنة ونسفها بقذيفة صاروخية، ومنها رميهم في النهر، وآخرها تقييدهم بأحزمة ناسفة وتفجيرهم.';
    expect(subTypesOf({ text, mentions: [['بلدة فلمورة', velmora]], language: 'ar' })).toEqual(['Attack']);
  });

  it('stays a shelling when the weapon is told first', () => {
    const text = 'Troops shelled Velmora with rockets on Sunday and later executed two prisoners.';
    expect(firstSubType({ text, mentions: [['Velmora', velmora]] })).toBe(
      'Shelling/artillery/missile attack',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const zarqa = placeEntity('Zarqa', 'JO');
const mafraq = placeEntity('Mafraq', 'JO');
const thursday = { value: '2016-03-10', precision: 'day' as const, reason: 'test' };

describe('Arabic acts told only in the imperfect', () => {
  it.each<[string, FixtureSpec]>([
    [
      'a firm aiming at a group of customers',
      {
        text: 'شركة ناشئة في مدينة الزرقاء تستهدف الشباب العاطلين عن العمل ببرامج تدريب.',
        mentions: [['الزرقاء', zarqa]],
      },
    ],
    [
      'gangs told by what they do',
      {
        text: 'وقال الوزير إن العصابات التي تهاجم القرى الحدودية في المفرق ستلقى عقابا صارما.',
        mentions: [['المفرق', mafraq]],
      },
    ],
    [
      'a named side and its habit',
      {
        text: 'وقال مسؤول إن مسلحي داعش في المفرق يستهدفون الحافلات التي تقل العمال.',
        mentions: [
          ['داعش', actorEntity('Islamic State')],
          ['المفرق', mafraq],
        ],
      },
    ],
  ])('drops %s', (_, spec) => {
    expect(subTypesOf(spec)).toEqual([]);
  });

  it.each<[string, FixtureSpec, string[]]>([
    [
      'shelling told on its day',
      {
        text: 'قوات النظام تقصف بلدة الزرقاء يوم الخميس.',
        mentions: [['الزرقاء', zarqa]],
        times: [['يوم الخميس', thursday]],
      },
      ['Shelling/artillery/missile attack'],
    ],
    [
      'an attack told with its toll',
      {
        text: 'مسلحون يهاجمون حاجزا في المفرق ويقتلون أربعة جنود.',
        mentions: [['المفرق', mafraq]],
        quantities: [['أربعة جنود', { value: 4, qualifier: 'exact', role: 'killed' }]],
      },
      ['Armed clash'],
    ],
    [
      'a crowd told as it gathers',
      {
        text: 'يتظاهر مئات الطلاب أمام مبنى المحافظة في الزرقاء.',
        mentions: [['الزرقاء', zarqa]],
      },
      ['Peaceful protest'],
    ],
  ])('keeps %s', (_, spec, types) => {
    expect(subTypesOf(spec)).toEqual(types);
  });
});

import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';

const najran = placeEntity('Najran', 'SA');

describe('one who fell defending his homeland fought for its forces', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes a lone martyr fallen «وهو يدافع عن وطنه» for his state’s military',
      {
        text: 'قدم أمير المنطقة العزاء لأسرة الشهيد سعيد الفلاني الذي استشهد صباح الأحد في منطقة نجران وهو يدافع عن وطنه.',
        language: 'ar',
        mentions: [['نجران', najran]],
        quantities: [['الشهيد', killed(1, 'الشهيد')]],
      },
      [undefined, 'Military Forces of Saudi Arabia'],
    ],
    [
      'keeps a lone martyr told with no defence of the homeland unassigned',
      {
        text: 'قدم أمير المنطقة العزاء لأسرة الشهيد سعيد الفلاني الذي استشهد صباح الأحد في منطقة نجران.',
        language: 'ar',
        mentions: [['نجران', najran]],
        quantities: [['الشهيد', killed(1, 'الشهيد')]],
      },
      [undefined, undefined],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

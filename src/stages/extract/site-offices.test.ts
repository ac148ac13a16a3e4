import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const abha: FixtureSpec['mentions'] = [['أبها', placeEntity('Abha', 'SA')]];
const fiveHurt = { value: 5, qualifier: 'exact' as const, role: 'injured' as const, noun: 'مصابين' };

describe("a force named through an office of its post ('مسجد إدارة الطوارئ')", () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'is the target of the blast at its mosque, with the wounded counted',
      {
        text: 'قال المتحدث إن مصابي تفجير مسجد إدارة الطوارئ في مدينة أبها يتلقون العلاج، ونقل 5 مصابين إلى الرياض.',
        mentions: abha,
        quantities: [['5 مصابين', fiveHurt]],
      },
      [undefined, 'Police Forces of Saudi Arabia'],
    ],
    [
      'is the target of the blast at the headquarters of its command',
      { text: 'قتل جندي في تفجير استهدف مقر قيادة الشرطة في مدينة أبها.', mentions: abha },
      [undefined, 'Police Forces of Saudi Arabia'],
    ],
    [
      'still acts when the office word opens no post',
      { text: 'أعلنت إدارة الشرطة اعتقال ثلاثة مطلوبين في مدينة أبها.', mentions: abha },
      ['Police Forces of Saudi Arabia', undefined],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

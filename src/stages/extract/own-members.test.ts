import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const raqqa = placeEntity('Raqqa', 'SY');
const isis = actorEntity('Islamic State');

describe('a group that kills its own members harms its own side', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the members «من عناصره» a group executed for its own side',
      {
        text: 'أعدم تنظيم داعش 12 من عناصره في ساحة عامة بمدينة الرقة يوم الأحد بتهمة الفرار من القتال.',
        language: 'ar',
        mentions: [
          ['تنظيم داعش', isis],
          ['مدينة الرقة', raqqa],
        ],
        quantities: [['12', killed(12, 'عناصره')]],
      },
      ['Islamic State', 'Islamic State'],
    ],
    [
      'takes "its own gunmen" a militia shot for its own side',
      {
        text: 'Islamic State shot nine of its own gunmen in Raqqa on Sunday after they deserted.',
        mentions: [
          ['Islamic State', isis],
          ['Raqqa', raqqa],
        ],
        quantities: [['nine', killed(9, 'gunmen')]],
      },
      ['Islamic State', 'Islamic State'],
    ],
    [
      "keeps a group's men slain by soldiers as the harmed side",
      {
        text: 'قتل الجيش 12 من مسلحي تنظيم داعش في ساحة عامة بمدينة الرقة يوم الأحد.',
        language: 'ar',
        mentions: [
          ['تنظيم داعش', isis],
          ['مدينة الرقة', raqqa],
        ],
        quantities: [['12', killed(12, 'مسلحي')]],
      },
      ['Military Forces of Syria', 'Islamic State'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

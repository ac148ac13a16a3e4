import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const pkk = actorEntity('Kurdistan Workers Party');
const islamicState = actorEntity('Islamic State');
const nusra = actorEntity('Al-Nusra Front');
const diyarbakir = placeEntity('Diyarbakir', 'TR');
const LINKED_MEMBERS =
  '13 members of the Al Qaeda-linked Nusra Front died when a car bomb blew up their depot in Ariha on Tuesday.';
const membersAt = LINKED_MEMBERS.indexOf('members');
const CELL_MEMBERS =
  'قتلت الشرطة التركية أربعة مسلحين من أعضاء خلية تابعة لتنظيم داعش بعد تبادل لإطلاق النار في ديار بكر أمس.';
const gunmenAt = CELL_MEMBERS.indexOf('مسلحين');
const CELL_TERRORISTS =
  'قضت الشرطة التركية على سبعة إرهابيين من خلية تابعة لتنظيم داعش إثر اشتباك عنيف في ديار بكر فجر اليوم.';
const terroristsAt = CELL_TERRORISTS.indexOf('إرهابيين');

describe('sides told by blame, accusation, ties and titles', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the side the responsibility for the attack is laid on for its perpetrator',
      {
        text: 'وقتل ثلاثة جنود في هجوم وقع أمس في ديار بكر وألقيت مسؤوليته على حزب العمال الكردستاني.',
        mentions: [
          ['ديار بكر', diyarbakir],
          ['حزب العمال الكردستاني', pkk],
        ],
        quantities: [['ثلاثة', killed(3, 'جنود')]],
      },
      ['Kurdistan Workers Party', 'Military Forces of Turkey'],
    ],
    [
      'takes the side authorities lay the responsibility on, past the authorities',
      {
        text: 'وقتل ثلاثة جنود في هجوم على موقع عسكري في ديار بكر أمس، وألقت السلطات بالمسؤولية على حزب العمال الكردستاني.',
        mentions: [
          ['ديار بكر', diyarbakir],
          ['حزب العمال الكردستاني', pkk],
        ],
        quantities: [['ثلاثة', killed(3, 'جنود')]],
      },
      ['Kurdistan Workers Party', 'Military Forces of Turkey'],
    ],
    [
      'takes the side the blame is laid on',
      {
        text: 'وقتل ثلاثة جنود في هجوم على موقع عسكري في ديار بكر أمس، وألقت الحكومة باللوم على حزب العمال الكردستاني.',
        mentions: [
          ['ديار بكر', diyarbakir],
          ['حزب العمال الكردستاني', pkk],
        ],
        quantities: [['ثلاثة', killed(3, 'جنود')]],
      },
      ['Kurdistan Workers Party', 'Military Forces of Turkey'],
    ],
    [
      'does not take a side the police laid hands on for the one blamed',
      {
        text: 'وألقت الشرطة القبض على ثلاثة من عناصر حزب العمال الكردستاني في ديار بكر أمس.',
        mentions: [
          ['ديار بكر', diyarbakir],
          ['حزب العمال الكردستاني', pkk],
        ],
      },
      ['Police Forces of Turkey', 'Kurdistan Workers Party'],
    ],
    [
      'takes counted gunmen of a cell tied to a side, killed by the police, for that side',
      {
        text: CELL_MEMBERS,
        mentions: [
          ['الشرطة التركية', actorEntity('Police Forces of Turkey', 'state-forces', 'TR')],
          ['ديار بكر', diyarbakir],
          ['تنظيم داعش', islamicState],
        ],
        quantities: [['أربعة', { ...killed(4, 'مسلحين'), nounSpan: [gunmenAt, gunmenAt + 'مسلحين'.length] }]],
      },
      ['Police Forces of Turkey', 'Islamic State'],
    ],
    [
      'takes counted terrorists of a cell tied to a side for that side',
      {
        text: CELL_TERRORISTS,
        mentions: [
          ['الشرطة التركية', actorEntity('Police Forces of Turkey', 'state-forces', 'TR')],
          ['ديار بكر', diyarbakir],
          ['تنظيم داعش', islamicState],
        ],
        quantities: [
          ['سبعة', { ...killed(7, 'إرهابيين'), nounSpan: [terroristsAt, terroristsAt + 'إرهابيين'.length] }],
        ],
      },
      ['Police Forces of Turkey', 'Islamic State'],
    ],
    [
      'takes the side accused of standing behind the bombing over a side merely named before it',
      {
        text: 'وتوعدت الحكومة حزب العمال الكردستاني وتوعدت أيضا تنظيم داعش المتهم بالوقوف خلف التفجير الانتحاري في سروج، والذي أسفر عن مقتل 30 شخصا.',
        mentions: [
          ['حزب العمال الكردستاني', pkk],
          ['داعش', islamicState],
          ['سروج', placeEntity('Suruc', 'TR')],
        ],
        quantities: [['30', killed(30, 'شخصا')]],
      },
      ['Islamic State', undefined],
    ],
    [
      'takes the members of a side linked to another for the harmed, not the other side',
      {
        text: LINKED_MEMBERS,
        mentions: [
          ['Ariha', placeEntity('Ariha', 'SY')],
          ['Al Qaeda', actorEntity('Al Qaeda')],
          ['Nusra Front', nusra],
        ],
        quantities: [
          ['13', { ...killed(13, 'members'), nounSpan: [membersAt, membersAt + 'members'.length] }],
        ],
      },
      [undefined, 'Al-Nusra Front'],
    ],
    [
      'takes the side whose spokesman was killed in air strikes for the harmed, not the attacker',
      {
        text: 'A Nusra Front spokesman, his brother and 20 other fighters were killed in air raids near Idlib late on Sunday.',
        mentions: [
          ['Nusra Front', nusra],
          ['Idlib', placeEntity('Idlib', 'SY')],
        ],
        quantities: [['20', killed(20, 'fighters')]],
      },
      [undefined, 'Al-Nusra Front'],
    ],
    [
      'takes the side whose spokesman a headline tells killed in strikes for the harmed',
      {
        text: 'Nusra Front spokesman and 20 fighters killed in Idlib air strikes.',
        mentions: [
          ['Nusra Front', nusra],
          ['Idlib', placeEntity('Idlib', 'SY')],
        ],
        quantities: [['20', killed(20, 'fighters')]],
      },
      [undefined, 'Al-Nusra Front'],
    ],
    [
      'keeps the side whose fighters killed others for the perpetrator',
      {
        text: 'Nusra Front fighters killed 20 soldiers in Idlib on Sunday.',
        mentions: [
          ['Nusra Front', nusra],
          ['Idlib', placeEntity('Idlib', 'SY')],
        ],
        quantities: [['20', killed(20, 'soldiers')]],
      },
      ['Al-Nusra Front', 'Military Forces of Syria'],
    ],
    [
      'takes no perpetrator when the text offers a state as the rival of the side',
      {
        text: 'Twenty fighters died in bombing by Syrian regime aircraft or their Russian backers in Idlib on Sunday.',
        mentions: [
          ['Syrian regime', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['Russian', { ...placeEntity('Russia', 'RU', 'country'), via: 'demonym' }],
          ['Idlib', placeEntity('Idlib', 'SY')],
        ],
        quantities: [['Twenty', killed(20, 'fighters')]],
      },
      [undefined, undefined],
    ],
  ])('%s', (_name, spec, expected) => {
    expect(firstSubType(spec)).toBeDefined();
    expect(actorsOf(spec)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const syria = placeEntity('Homs', 'SY');

// Sides told beside a weapon: its make, the country that launched it, the side killed by it.
describe('whose weapon, whose words, who joined whom', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the side before the weapon for the one that used it, past a time told with "on"',
      {
        text: 'Nineteen farmers were killed on Sunday in Syrian army shelling of a rebel-held hamlet near Homs.',
        mentions: [
          ['Syrian', demonymEntity('Syria', 'SY')],
          ['Homs', syria],
        ],
        quantities: [['Nineteen', killed(19, 'people')]],
      },
      ['Military Forces of Syria', 'Civilians'],
    ],
    [
      'does not take the make of rockets the rebels fired for the side that fired them',
      {
        text: 'Hamas fighters fired Ruritanian rockets at a market near Homs on Sunday, killing six civilians.',
        mentions: [
          ['Hamas', actorEntity('Hamas')],
          ['Ruritanian', demonymEntity('Ruritania', 'RU')],
          ['Homs', syria],
        ],
        quantities: [['six', killed(6, 'civilians')]],
      },
      ['Hamas', 'Civilians'],
    ],
    [
      'does not give the side that used the rockets the nationality of their make',
      {
        text: 'Rebels used Ruritanian rockets in the attack on a market near Homs on Sunday.',
        mentions: [
          ['Ruritanian', demonymEntity('Ruritania', 'RU')],
          ['Homs', syria],
        ],
      },
      ['Opposition Rebels (Syria)', 'Civilians'],
    ],
    [
      'does not take the make of the rockets for the country of the side that used them, when nothing else places it',
      {
        text: 'Rebels used Ruritanian rockets in the attack on the market on Sunday.',
        mentions: [['Ruritanian', demonymEntity('Ruritania', 'RU')]],
      },
      [undefined, 'Civilians'],
    ],
    [
      "takes a country's name before the air strikes it launched for its forces, not for a make",
      {
        text: 'Ruritania on Monday launched Ruritanian air strikes on a market near Homs, killing five civilians.',
        mentions: [
          ['Ruritania', placeEntity('Ruritania', 'RU')],
          ['Ruritanian', demonymEntity('Ruritania', 'RU')],
          ['Homs', syria],
        ],
        quantities: [['five', killed(5, 'civilians')]],
      },
      ['Military Forces of Ruritania', 'Civilians'],
    ],
    [
      'does not take the make of bombs that were used for the side that struck',
      {
        text: 'An attack in which Ruritanian bombs were used destroyed a bridge near Homs on Sunday.',
        mentions: [
          ['Ruritanian', demonymEntity('Ruritania', 'RU')],
          ['Homs', syria],
        ],
      },
      [undefined, undefined],
    ],
    [
      "takes a foreign country's name before its air strikes for its forces",
      {
        text: 'US air strikes on the stronghold near Raqqa killed 22 people on Tuesday.',
        mentions: [
          ['US', placeEntity('United States', 'US', 'country')],
          ['Raqqa', placeEntity('Raqqa', 'SY')],
        ],
        quantities: [['22', killed(22, 'people')]],
      },
      ['Military Forces of the United States', undefined],
    ],
    [
      "takes a member of a side killed before the weapon for the target, the weapon's owner for the striker",
      {
        text: 'قتل القيادي في داعش أبو عمر في غارة لطيران التحالف الدولي قرب الموصل.',
        mentions: [
          ['داعش', actorEntity('Islamic State')],
          ['الموصل', placeEntity('Mosul', 'IQ')],
        ],
      },
      ['US-led Coalition', 'Islamic State'],
    ],
    [
      'takes one of the leaders of a side killed before the weapon for the target',
      {
        text: 'أعلن مسؤول محلي مقتل أبو عمر، أحد قادة داعش الميدانيين، في غارة لطيران التحالف الدولي قرب الموصل.',
        mentions: [
          ['داعش', actorEntity('Islamic State')],
          ['الموصل', placeEntity('Mosul', 'IQ')],
        ],
      },
      ['US-led Coalition', 'Islamic State'],
    ],
  ])('%s', (_name, spec, expected) => {
    expect(firstSubType(spec)).toBeDefined();
    expect(actorsOf(spec)).toEqual(expected);
  });
});

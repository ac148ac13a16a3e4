import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';

describe('the ambushed', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the force that fell into an ambush for the one struck, not the one that laid it',
      {
        text: 'وقعت دورية للجيش المالي في كمين قرب مدينة موبتي أمس.',
        language: 'ar',
        mentions: [
          ['للجيش المالي', actorEntity('Military Forces of Mali', 'state-forces', 'ML')],
          ['مدينة موبتي', placeEntity('Mopti', 'ML')],
        ],
      },
      [undefined, 'Military Forces of Mali'],
    ],
    [
      'takes the subject of an English passive "were ambushed" for the one struck',
      {
        text: 'Two Afghan soldiers were ambushed near Kandahar on Saturday.',
        mentions: [
          ['Afghan', demonymEntity('Afghanistan', 'AF')],
          ['Kandahar', placeEntity('Kandahar', 'AF')],
        ],
      },
      [undefined, 'Military Forces of Afghanistan'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

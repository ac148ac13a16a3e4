import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const shabaab = actorEntity('Al Shabaab');

describe('victims named by a civilian occupation', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes a teacher gunmen killed for a civilian',
      {
        text: 'Al Shabaab gunmen shot dead a teacher in Beledweyne on Monday.',
        mentions: [
          ['Al Shabaab', shabaab],
          ['Beledweyne', placeEntity('Beledweyne', 'SO')],
        ],
      },
      ['Al Shabaab', 'Civilians'],
    ],
    [
      'takes a shopkeeper gunmen abducted for a civilian',
      {
        text: 'Al Shabaab fighters abducted a shopkeeper in Jowhar on Friday.',
        mentions: [
          ['Al Shabaab', shabaab],
          ['Jowhar', placeEntity('Jowhar', 'SO')],
        ],
      },
      ['Al Shabaab', 'Civilians'],
    ],
    [
      'does not take "Doctors Without Borders" who run a clinic there for the harmed',
      {
        text: 'Al Shabaab fighters shelled Jowhar, where Doctors Without Borders runs a clinic.',
        mentions: [
          ['Al Shabaab', shabaab],
          ['Jowhar', placeEntity('Jowhar', 'SO')],
        ],
      },
      ['Al Shabaab', undefined],
    ],
    [
      'does not take the driver of a car bomb for the harmed',
      {
        text: 'The driver of the car bomb blew himself up at a gate in Jowhar.',
        mentions: [['Jowhar', placeEntity('Jowhar', 'SO')]],
      },
      [undefined, undefined],
    ],
    [
      'takes a teacher gunmen shot dead for a civilian',
      {
        text: 'قتل مسلحون من حركة الشباب مدرسا في مدينة جوهر.',
        mentions: [
          ['حركة الشباب', shabaab],
          ['مدينة جوهر', placeEntity('Jowhar', 'SO')],
        ],
      },
      ['Al Shabaab', 'Civilians'],
    ],
    [
      'takes two traders gunmen abducted for civilians',
      {
        text: 'اختطف مسلحون من حركة الشباب تاجرين في مدينة جوهر.',
        mentions: [
          ['حركة الشباب', shabaab],
          ['مدينة جوهر', placeEntity('Jowhar', 'SO')],
        ],
      },
      ['Al Shabaab', 'Civilians'],
    ],
    [
      'does not take the driver of a booby-trapped lorry for the harmed',
      {
        text: 'فجر سائق الشاحنة المفخخة نفسه عند بوابة في مدينة جوهر.',
        mentions: [['مدينة جوهر', placeEntity('Jowhar', 'SO')]],
      },
      [undefined, undefined],
    ],
  ])('%s', (_, spec, expected) => {
    expect(firstSubType(spec)).toBeDefined();
    expect(actorsOf(spec)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const deraa = placeEntity('Daraa', 'SY');

describe('the two sides of a battle told by "between X and Y"', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes both sides of "between X and Y" past a day told before "between"',
      {
        text: 'Heavy fighting flared on Friday between army units and rebel fighters outside Daraa.',
        mentions: [['Daraa', deraa]],
      },
      ['Military Forces of Syria', 'Opposition Rebels (Syria)'],
    ],
    [
      'takes both sides of «بين» with the second side glued to its «و»',
      {
        text: 'تجددت المعارك ليل الخميس بين القوات الحكومية ومسلحي تنظيم داعش قرب مدينة درعا.',
        language: 'ar',
        mentions: [
          ['تنظيم داعش', actorEntity('Islamic State')],
          ['مدينة درعا', deraa],
        ],
      },
      ['Military Forces of Syria', 'Islamic State'],
    ],
    [
      'does not take allies named together as one party of "between" for the two sides',
      {
        text: 'Fighting raged between army units and Hezbollah on one side, rebel fighters on the other, near Daraa.',
        mentions: [
          ['Hezbollah', actorEntity('Hezbollah')],
          ['Daraa', deraa],
        ],
      },
      ['Military Forces of Syria', 'Opposition Rebels (Syria)'],
    ],
    [
      'takes the first ally of «بين … من جهة» and the foe told after it for the two sides',
      {
        text: 'اندلعت اشتباكات عنيفة أمس بين القوات الحكومية و«حزب الله» من جهة، وجيش الفتح من جهة أخرى قرب درعا.',
        language: 'ar',
        mentions: [
          ['حزب الله', actorEntity('Hezbollah')],
          ['جيش الفتح', actorEntity('Jaish al-Fatah')],
          ['درعا', deraa],
        ],
      },
      ['Military Forces of Syria', 'Jaish al-Fatah'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

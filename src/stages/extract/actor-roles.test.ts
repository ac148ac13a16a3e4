import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

function actorsOf(spec: FixtureSpec): [string | undefined, string | undefined] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  const [e] = doc.events!;
  return [e?.actor1?.name, e?.actor2?.name];
}

describe('who did what to whom', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'leaves the perpetrator empty when the text offers rivals',
      {
        text: 'The strike in Khan Shaykhun was carried out by Syrian regime or Russian jets.',
        mentions: [
          ['Khan Shaykhun', placeEntity('Khan Shaykhun', 'SY')],
          ['Syrian regime', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['Russian jets', actorEntity('Military Forces of Russia', 'state-forces', 'RU')],
        ],
      },
      [undefined, undefined],
    ],
    [
      'does not take the side that reports the bombing for the one that did it',
      {
        text: 'وأفاد الجيش التركي بأن انتحاريا فجر سيارة مفخخة قرب مخفر في مدينة دوغوبيازيت.',
        mentions: [
          ['الجيش التركي', actorEntity('Military Forces of Turkey', 'state-forces', 'TR')],
          ['دوغوبيازيت', placeEntity('Dogubayazit', 'TR')],
        ],
      },
      [undefined, undefined],
    ],
    [
      'names both sides of a clash',
      {
        text: 'اندلعت اشتباكات عنيفة بين المقاومة الشعبية ومسلحي الحوثي في مدينة تعز.',
        mentions: [
          ['المقاومة الشعبية', actorEntity('Popular Resistance (Yemen)')],
          ['الحوثي', actorEntity('Houthi Movement')],
          ['تعز', placeEntity('Taiz', 'YE')],
        ],
      },
      ['Popular Resistance (Yemen)', 'Houthi Movement'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/** The sides of the last event the text tells (the clause under test closes the sentence). */
function actorsOf(spec: FixtureSpec): [string | undefined, string | undefined] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  const e = doc.events!.at(-1);
  return [e?.actor1?.name, e?.actor2?.name];
}

const islamicState = actorEntity('Islamic State');
const peshmerga = actorEntity('Peshmerga', 'state-forces', 'IQ');

describe('who started the fighting', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the side that tried to storm the villages for the one that started the clash',
      {
        text: 'اشتبكت قوات البيشمركة مع عناصر داعش لدى محاولتهم اقتحام قرى قرب بلدة مخمور.',
        mentions: [
          ['قوات البيشمركة', peshmerga],
          ['داعش', islamicState],
          ['مخمور', placeEntity('Makhmur', 'IQ')],
        ],
      },
      ['Islamic State', 'Peshmerga'],
    ],
    [
      'takes the side that tried to advance, in English too',
      {
        text: 'Peshmerga forces clashed with Islamic State fighters trying to storm villages near Makhmur.',
        mentions: [
          ['Peshmerga', peshmerga],
          ['Islamic State', islamicState],
          ['Makhmur', placeEntity('Makhmur', 'IQ')],
        ],
      },
      ['Islamic State', 'Peshmerga'],
    ],
    [
      'keeps the subject of the clash when the other side tried to flee, not to storm',
      {
        text: 'اشتبكت قوات البيشمركة مع عناصر داعش لدى محاولتهم الفرار من قرى قرب بلدة مخمور.',
        mentions: [
          ['قوات البيشمركة', peshmerga],
          ['داعش', islamicState],
          ['مخمور', placeEntity('Makhmur', 'IQ')],
        ],
      },
      ['Peshmerga', 'Islamic State'],
    ],
    [
      'does not take the object of an earlier act of the clause for the subject of the next',
      {
        text: 'شن تنظيم داعش هجوما جديدا ضد مقاتلين من المعارضة السورية شمال حلب، وسيطر على قرية تل جبين.',
        mentions: [
          ['تنظيم داعش', islamicState],
          ['المعارضة السورية', actorEntity('Opposition Rebels (Syria)')],
          ['حلب', placeEntity('Aleppo', 'SY')],
          ['تل جبين', placeEntity('Tal Jabin', 'SY')],
        ],
      },
      ['Islamic State', 'Opposition Rebels (Syria)'],
    ],
    [
      'takes the side a force holds responsible for the attack as its perpetrator',
      {
        text: 'وحمل الجيش متشددين أكرادا مسؤولية الهجوم على دورية في بلدة ليجة.',
        mentions: [
          ['متشددين أكرادا', actorEntity('Kurdish Militants (Turkey)')],
          ['ليجة', placeEntity('Lice', 'TR')],
        ],
      },
      ['Kurdish Militants (Turkey)', undefined],
    ],
    [
      'takes soldiers a verb of killing follows for the victims, not the perpetrators',
      {
        text: 'قال الجيش إن جنديين قتلا حين انفجرت عبوة ناسفة قرب مدينة ماردين.',
        mentions: [['ماردين', placeEntity('Mardin', 'TR')]],
        quantities: [['جنديين', { value: 2, qualifier: 'exact', role: 'killed', noun: 'soldiers' }]],
      },
      [undefined, 'Military Forces of Turkey'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

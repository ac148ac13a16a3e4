import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const killed = (value: number, noun: string) => ({
  value,
  qualifier: 'exact' as const,
  role: 'killed' as const,
  noun,
});

function actorsOf(spec: FixtureSpec): [string | undefined, string | undefined] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  const [e] = doc.events!;
  return [e?.actor1?.name, e?.actor2?.name];
}

describe('sides named by common nouns', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes a bare "the resistance" in Yemen for the Popular Resistance',
      {
        text: 'قتل ثلاثة حوثيين في هجوم للمقاومة على نقطة تفتيش في مدينة تعز.',
        mentions: [
          ['حوثيين', actorEntity('Houthi Movement')],
          ['تعز', placeEntity('Taiz', 'YE')],
        ],
        quantities: [['ثلاثة', killed(3, 'houthis')]],
      },
      ['Popular Resistance (Yemen)', 'Houthi Movement'],
    ],
    [
      'takes a bare "the resistance" in Lebanon for Hezbollah',
      {
        text: 'استهدفت المقاومة دورية إسرائيلية بعبوة ناسفة قرب بلدة شبعا.',
        mentions: [
          ['إسرائيلية', demonymEntity('Israel', 'IL')],
          ['شبعا', placeEntity('Shebaa', 'LB')],
        ],
      },
      ['Hezbollah', 'Military Forces of Israel'],
    ],
    [
      'names no side by "the resistance" where the country has no one side called so',
      {
        text: 'قتل ثلاثة جنود في هجوم للمقاومة على نقطة تفتيش في مدينة الموصل.',
        mentions: [['الموصل', placeEntity('Mosul', 'IQ')]],
        quantities: [['ثلاثة', killed(3, 'soldiers')]],
      },
      [undefined, 'Military Forces of Iraq'],
    ],
    [
      'takes "the armed factions" in Syria for the rebels',
      {
        text: 'شنت الفصائل المسلحة هجوما على مواقع تنظيم داعش في ريف حلب.',
        mentions: [
          ['تنظيم داعش', actorEntity('Islamic State')],
          ['حلب', placeEntity('Aleppo', 'SY')],
        ],
      },
      ['Opposition Rebels (Syria)', 'Islamic State'],
    ],
    [
      'takes the emergency forces for the police, however the hamza is written',
      {
        text: 'قتل 15 من عناصر قوات الطوارىء في تفجير انتحاري داخل مقرهم في مدينة أبها.',
        mentions: [['أبها', placeEntity('Abha', 'SA')]],
        quantities: [['15', killed(15, 'people')]],
      },
      [undefined, 'Police Forces of Saudi Arabia'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

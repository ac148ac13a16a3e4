import { describe, expect, it } from 'vitest';
import { killed } from './fixture-actors.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

function perpetratorOf(spec: FixtureSpec): string | undefined {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  expect(doc.events).not.toHaveLength(0);
  return doc.events![0]?.actor1?.name;
}

describe('nationalities that name a state force', () => {
  it.each<[string, FixtureSpec, string | undefined]>([
    [
      'takes no force for suicide bombers or a gunman a nationality describes',
      {
        text: 'A commander was killed in Hakkari by Ruritanian suicide bombers posing as a film crew.',
        mentions: [
          ['Ruritanian', demonymEntity('Ruritania', 'RT')],
          ['Hakkari', placeEntity('Hakkari', 'TR')],
        ],
      },
      undefined,
    ],
    [
      'still takes the force a nationality names before an act of its own',
      {
        text: 'Ruritanian shelling killed three people in Hakkari on Monday.',
        mentions: [
          ['Ruritanian', demonymEntity('Ruritania', 'RT')],
          ['Hakkari', placeEntity('Hakkari', 'TR')],
        ],
      },
      'Military Forces of Ruritania',
    ],
    [
      'takes a drone suspected to be American for the American military',
      {
        text: 'قتل ثلاثة من عناصر القاعدة في غارة شنتها طائرة مسيرة يعتقد أنها أمريكية في محافظة شبوة.',
        mentions: [
          ['القاعدة', actorEntity('Al Qaeda')],
          ['أمريكية', demonymEntity('United States', 'US')],
          ['محافظة شبوة', placeEntity('Shabwah', 'YE', 'region')],
        ],
      },
      'Military Forces of the United States',
    ],
    [
      'takes a nationality after an air strike and its adjective for that state’s military',
      {
        text: 'قتلت غارة جوية أمريكية قياديا في تنظيم القاعدة في ولاية بكتيكا.',
        mentions: [
          ['أمريكية', demonymEntity('United States', 'US')],
          ['القاعدة', actorEntity('Al Qaeda')],
          ['ولاية بكتيكا', placeEntity('Paktika', 'AF', 'region')],
        ],
      },
      'Military Forces of the United States',
    ],
    [
      'does not take a nationality that a suspicion ties to no aircraft or force',
      {
        text: 'قتل ثلاثة أشخاص في انفجار عبوة ناسفة قرب سيارة يعتقد أنها أمريكية في مدينة عدن.',
        mentions: [
          ['أمريكية', demonymEntity('United States', 'US')],
          ['عدن', placeEntity('Aden', 'YE')],
        ],
      },
      undefined,
    ],
    [
      'takes a nationality before an aircraft and its adjective, in English order, for that state',
      {
        text: 'Some 60 militants died in Russian fighter jets air strikes on ISIL bunkers outside Homs.',
        mentions: [
          ['Russian', demonymEntity('Russia', 'RU')],
          ['ISIL', actorEntity('Islamic State')],
          ['Homs', placeEntity('Homs', 'SY')],
        ],
        quantities: [['60', killed(60, 'militants')]],
      },
      'Military Forces of Russia',
    ],
    [
      'takes a nationality after a definite aircraft and its definite adjective for that state',
      {
        text: 'قصفت الطائرات الحربية الأردنية مواقع لتنظيم داعش قرب الرقة أمس.',
        mentions: [
          ['الأردنية', demonymEntity('Jordan', 'JO')],
          ['داعش', actorEntity('Islamic State')],
          ['الرقة', placeEntity('Raqqa', 'SY')],
        ],
      },
      'Military Forces of Jordan',
    ],
    [
      "takes a country's name told before the Arabic verb of its strike for its forces",
      {
        text: 'إسرائيل شنت غارة جوية على خان يونس أمس.',
        mentions: [
          ['إسرائيل', placeEntity('Israel', 'IL', 'country')],
          ['خان يونس', placeEntity('Khan Yunis', 'PS')],
        ],
      },
      'Military Forces of Israel',
    ],
    [
      "does not take a country's name after a preposition for the subject of the verb after it",
      {
        text: 'في سوريا قصفت طائرات مجهولة بلدة قرب حلب أمس.',
        mentions: [
          ['سوريا', placeEntity('Syria', 'SY', 'country')],
          ['حلب', placeEntity('Aleppo', 'SY')],
        ],
      },
      undefined,
    ],
    [
      "does not take a country's name for the subject of a verb joined to it by «و»",
      {
        text: 'تسلل المسلحون نحو جازان جنوب السعودية وأطلقوا قذائف الهاون على مركز حدودي.',
        mentions: [
          ['جازان', placeEntity('Jazan', 'SA')],
          ['السعودية', placeEntity('Saudi Arabia', 'SA', 'country')],
        ],
      },
      undefined,
    ],
    [
      "does not take a country's name for the subject of a plural verb after it",
      {
        text: 'وقال المتحدث إن حلفاء روسيا قصفوا مواقع قرب دونيتسك أمس.',
        mentions: [
          ['روسيا', placeEntity('Russia', 'RU', 'country')],
          ['دونيتسك', placeEntity('Donetsk', 'UA')],
        ],
      },
      undefined,
    ],
    [
      "does not take a country's name after a word of direction for the subject of the verb after it",
      {
        text: 'وقالت المصادر إن طائرات مجهولة حلقت فوق شمال سوريا قصفت مواقع قرب إدلب أمس.',
        mentions: [
          ['سوريا', placeEntity('Syria', 'SY', 'country')],
          ['إدلب', placeEntity('Idlib', 'SY')],
        ],
      },
      undefined,
    ],
    [
      'does not take a nationality of several words for a force when civilians follow it',
      {
        text: 'He faces charges over the murder of South Korean citizens at a Benghazi hotel last year.',
        mentions: [
          ['South Korean', demonymEntity('South Korea', 'KR')],
          ['Benghazi', placeEntity('Benghazi', 'LY')],
        ],
      },
      undefined,
    ],
    [
      'takes a country that declared a truce for its forces',
      {
        text: 'Last week Ruritania declared a three-day "humanitarian truce" around Hakkari.',
        mentions: [
          ['Ruritania', placeEntity('Ruritania', 'RT', 'country')],
          ['Hakkari', placeEntity('Hakkari', 'TR')],
        ],
      },
      'Military Forces of Ruritania',
    ],
    [
      'leaves a country that declared an emergency after an attack out of it',
      {
        text: 'Ruritania declared a state of emergency after a suicide bomber killed 30 people in Hakkari.',
        mentions: [
          ['Ruritania', placeEntity('Ruritania', 'RT', 'country')],
          ['Hakkari', placeEntity('Hakkari', 'TR')],
        ],
      },
      undefined,
    ],
  ])('%s', (_, spec, expected) => {
    expect(perpetratorOf(spec)).toBe(expected);
  });

  it('does not take an Arabic nationality for a side of the incident word after it, which its own noun precedes', () => {
    const doc = fixtureDocument({
      text: 'وقال الوزير إن التفجير يهدف إلى ضرب الوحدة الوطنية اللبنانية وقتل الأبرياء في بيروت.',
      mentions: [
        ['اللبنانية', demonymEntity('Lebanon', 'LB')],
        ['بيروت', placeEntity('Beirut', 'LB')],
      ],
    });
    extract.run(doc, { referenceDate: null });
    // The bombing is still told, with neither side named: the nationality belongs to "الوحدة الوطنية".
    expect(doc.events!.map((e) => [e.actor1?.name ?? null, e.actor2?.name ?? null])).toEqual([[null, null]]);
  });
});

import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { candidatesBefore } from './actor-finder.js';
import { buildFrames, type Frame } from './frame-builder.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { subTypesOf } from '../../../test/support/resolved-events.js';

/** A head of state as the knowledge base files him: under his country. */
const hadi = { country: 'YE', parent_id: 'country:YE' };

describe('sides named by common nouns', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      "takes Syria's Iranian militias for its pro-government militia",
      {
        text: 'The Iranian militias executed six civilians in Aleppo on Monday.',
        mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]],
        quantities: [['six civilians', killed(6, 'civilians')]],
      },
      ['Pro-Government Militia (Syria)', 'Civilians'],
    ],
    [
      "takes soldiers in the West Bank, with no nationality named, for Israel's army",
      {
        text: 'A young man was killed by soldiers in Jenin on Monday.',
        mentions: [['Jenin', placeEntity('Jenin', 'PS')]],
      },
      ['Military Forces of Israel', undefined],
    ],
    [
      "takes Iraq's Counter-Terrorism Service for its military",
      {
        text: 'قتل ثلاثة من عناصر جهاز مكافحة الإرهاب في هجوم على مدينة الرمادي.',
        mentions: [['الرمادي', placeEntity('Ramadi', 'IQ')]],
        quantities: [['ثلاثة', killed(3, 'members')]],
      },
      [undefined, 'Military Forces of Iraq'],
    ],
    [
      "takes a country's paramilitary forces, as the English «paramilitary», for its police",
      {
        text: 'قتل ستة مسلحين مساء الأحد في اشتباك مع دورية للقوات شبه العسكرية في بيشاور.',
        mentions: [['بيشاور', placeEntity('Peshawar', 'PK')]],
        quantities: [['ستة', killed(6, 'militants')]],
      },
      ['Police Forces of Pakistan', undefined],
    ],
    [
      'takes "rebel positions" struck for the rebels as the target',
      {
        text: 'Government forces shelled rebel positions in Hama on Monday.',
        mentions: [['Hama', placeEntity('Hama', 'SY')]],
      },
      ['Military Forces of Syria', 'Opposition Rebels (Syria)'],
    ],
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
      'takes "the rebels" in Yemen for the Houthis',
      {
        text: 'قصف المتمردون حيا سكنيا في مدينة تعز بقذائف الهاون.',
        mentions: [['تعز', placeEntity('Taiz', 'YE')]],
      },
      ['Houthi Movement', 'Civilians'],
    ],
    [
      'takes "rebels" in English news of Yemen for the Houthis',
      {
        text: 'Rebels shelled a market in Taiz on Monday, killing six civilians.',
        mentions: [['Taiz', placeEntity('Taiz', 'YE')]],
        quantities: [['six', killed(6, 'civilians')]],
      },
      ['Houthi Movement', 'Civilians'],
    ],
    [
      'takes a bare English "coalition" in Yemen for the Saudi-led coalition',
      {
        text: 'Coalition jets bombed a Houthi base near Saada on Tuesday.',
        mentions: [
          ['Houthi', actorEntity('Houthi Movement')],
          ['Saada', placeEntity('Saada', 'YE')],
        ],
      },
      ['Saudi-led Coalition', 'Houthi Movement'],
    ],
    [
      "takes the police of a West Bank district for Israel's police, not the territory's",
      {
        text: 'اعتقلت شرطة لواء الضفة الغربية شابين قرب مدينة نابلس.',
        mentions: [['نابلس', placeEntity('Nablus', 'PS')]],
      },
      ['Police Forces of Israel', undefined],
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
      'takes «جيش الجنوب» in South Sudan for its army',
      {
        text: 'قصف جيش الجنوب معسكرا للمتمردين قرب بلدة بانتيو فجر الخميس.',
        mentions: [['بانتيو', placeEntity('Bentiu', 'SS')]],
      },
      ['Military Forces of South Sudan', undefined],
    ],
    [
      'takes «جيش الجنوب» in Lebanon for the South Lebanon Army',
      {
        text: 'قصف جيش الجنوب أطراف بلدة شبعا بقذائف المدفعية.',
        mentions: [['شبعا', placeEntity('Shebaa', 'LB')]],
      },
      ['South Lebanon Army', undefined],
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
    [
      'takes a bare "the coalition" in Yemen for the Saudi-led coalition',
      {
        text: 'قتل خمسة مدنيين في غارة جوية نفذها التحالف على منزل في مدينة صعدة.',
        mentions: [['مدينة صعدة', placeEntity('Saada', 'YE')]],
        quantities: [['خمسة', killed(5, 'civilians')]],
      },
      ['Saudi-led Coalition', 'Civilians'],
    ],
    [
      'takes a bare "the coalition" in Iraq for the US-led coalition',
      {
        text: 'قتل خمسة مدنيين في غارة جوية نفذها التحالف على منزل في مدينة الموصل.',
        mentions: [['مدينة الموصل', placeEntity('Mosul', 'IQ')]],
        quantities: [['خمسة', killed(5, 'civilians')]],
      },
      ['US-led Coalition', 'Civilians'],
    ],
    [
      'takes tanks for the forces of their nationality',
      {
        text: 'Syrian tanks shelled the town of Hama, killing four civilians.',
        mentions: [
          ['Syrian', demonymEntity('Syria', 'SY')],
          ['Hama', placeEntity('Hama', 'SY')],
        ],
        quantities: [['four', killed(4, 'civilians')]],
      },
      ['Military Forces of Syria', 'Civilians'],
    ],
    [
      'does not take the subject of a clause of time for the target of the strikes before it',
      {
        text: 'Air strikes on Hama on Friday after rebels launched an offensive killed 25 civilians.',
        mentions: [['Hama', placeEntity('Hama', 'SY')]],
        quantities: [['25', killed(25, 'civilians')]],
      },
      [undefined, 'Civilians'],
    ],
    [
      "does not take a police station that names a village's district for the target",
      {
        text: 'A mob attacked a village under the Varnama police station in Vadodara district.',
        mentions: [['Vadodara', placeEntity('Vadodara', 'IN')]],
      },
      ['Rioters (India)', undefined],
    ],
    [
      'takes a family hit for civilians',
      {
        text: 'Nusra Front fighters fired rockets at al-Baath, hitting a family of four.',
        mentions: [
          ['Nusra Front', actorEntity('Al-Nusra Front')],
          ['al-Baath', placeEntity('Al-Baath', 'SY')],
        ],
      },
      ['Al-Nusra Front', 'Civilians'],
    ],
    [
      'takes an aid worker killed for a civilian',
      {
        text: 'ISIL claimed to have beheaded a US aid worker kidnapped in Raqqa.',
        mentions: [
          ['ISIL', actorEntity('Islamic State')],
          ['Raqqa', placeEntity('Raqqa', 'SY')],
        ],
      },
      ['Islamic State', 'Civilians'],
    ],
    [
      "takes a country's aerospace group, its apostrophe lost, for its military",
      {
        text: 'Russias aerospace group dealt 90 strikes on militant positions near Palmyra.',
        mentions: [
          ['Russia', placeEntity('Russia', 'RU', 'country')],
          ['Palmyra', placeEntity('Palmyra', 'SY')],
        ],
      },
      ['Military Forces of Russia', undefined],
    ],
    [
      "takes a country's air force named with its possessive for its military",
      {
        text: "Russia's air force bombed militant positions near Palmyra.",
        mentions: [
          ['Russia', placeEntity('Russia', 'RU', 'country')],
          ['Palmyra', placeEntity('Palmyra', 'SY')],
        ],
      },
      ['Military Forces of Russia', undefined],
    ],
    [
      "takes an air force named in its state's style for that state's military",
      {
        text: 'The Syrian Arab Air Force killed 60 militants in raids near Homs.',
        mentions: [
          ['Syrian', demonymEntity('Syria', 'SY')],
          ['Homs', placeEntity('Homs', 'SY')],
        ],
        quantities: [['60', killed(60, 'militants')]],
      },
      ['Military Forces of Syria', undefined],
    ],
    [
      "takes forces loyal to a head of state for that state's military",
      {
        text: 'قالت القوات الموالية للرئيس عبدربه منصور هادي إنها سيطرت على مدينة زنجبار.',
        mentions: [
          ['عبدربه منصور هادي', { ...actorEntity('Abd Rabbuh Mansur Hadi', 'person', 'YE'), actor: hadi }],
          ['زنجبار', placeEntity('Zinjibar', 'YE')],
        ],
      },
      ['Military Forces of Yemen', undefined],
    ],
    [
      "takes forces named by a head of state and his title for that state's military",
      {
        text: 'سيطرت قوات الرئيس هادي على مدينة زنجبار.',
        mentions: [
          ['هادي', { ...actorEntity('Abd Rabbuh Mansur Hadi', 'person', 'YE'), actor: hadi }],
          ['زنجبار', placeEntity('Zinjibar', 'YE')],
        ],
      },
      ['Military Forces of Yemen', undefined],
    ],
    [
      "does not take forces loyal to a deposed head of state for that state's military",
      {
        text: 'قصفت القوات الموالية للرئيس المخلوع علي صالح أحياء سكنية في مدينة تعز.',
        mentions: [
          ['علي صالح', { ...actorEntity('Ali Abdullah Saleh', 'person', 'YE'), actor: hadi }],
          ['تعز', placeEntity('Taiz', 'YE')],
        ],
      },
      [undefined, 'Civilians'],
    ],
    [
      "takes a country's ground forces for its military",
      {
        text: 'Syrian ground forces killed 20 militants in attacks near Hama.',
        mentions: [
          ['Syrian', demonymEntity('Syria', 'SY')],
          ['Hama', placeEntity('Hama', 'SY')],
        ],
      },
      ['Military Forces of Syria', undefined],
    ],
    [
      "takes the ground forces for the military of the incident's country",
      {
        text: 'The ground forces killed 20 militants in attacks near Hama.',
        mentions: [['Hama', placeEntity('Hama', 'SY')]],
      },
      ['Military Forces of Syria', undefined],
    ],
    [
      "takes the land forces for the military of the incident's country",
      {
        text: 'قصفت القوات البرية مواقع تنظيم داعش قرب مدينة الموصل.',
        mentions: [
          ['تنظيم داعش', actorEntity('Islamic State')],
          ['الموصل', placeEntity('Mosul', 'IQ')],
        ],
      },
      ['Military Forces of Iraq', 'Islamic State'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });

  it.each<[string, string, string | undefined]>([
    [
      'its',
      'The army said its warplanes bombed Boko Haram hideouts near Bol on Friday.',
      'Military Forces of Chad',
    ],
    ['no', 'The army said warplanes bombed Boko Haram hideouts near Bol on Friday.', undefined],
  ])('takes aircraft named with %s English possessive for the side told before them', (_, text, actor1) => {
    const mentions: NonNullable<FixtureSpec['mentions']> = [
      ['Boko Haram', actorEntity('Boko Haram', 'armed-group', 'NG')],
      ['Bol', placeEntity('Bol', 'TD')],
    ];
    expect(actorsOf({ text, mentions })).toEqual([actor1, 'Boko Haram']);
  });
});

describe('a local side the base files among a state’s forces', () => {
  it('arrests as the state’s army does, not abducts as an armed group', () => {
    const text = 'اعتقل جيش الجنوب خمسة شبان في بلدة بانتيو مساء الأحد.';
    expect(subTypesOf({ text, mentions: [['بانتيو', placeEntity('Bentiu', 'SS')]] })).toEqual(['Arrests']);
  });
});

describe('the sides told before a word of a sentence', () => {
  const lexicons = loadEventLexicons();
  const text = 'Miscreants looted shops and then stabbed a watchman to death in Rajkot on Sunday.';
  const doc = fixtureDocument({ text, mentions: [['Rajkot', placeEntity('Rajkot', 'IN')]] });
  const frame = buildFrames(buildSentenceViews(doc, lexicons)[0], text)[0];
  const india = { code: 'IN', name: 'India' };
  const namesBefore = (family: Frame['family']) =>
    candidatesBefore({ ...frame, family }, frame.view.tokens.length, india).map((c) => c.ref.name);

  it('are read for the frame that asks, whichever frame of the sentence asked first', () => {
    expect(namesBefore('looting')).toContain('Rioters (India)');
    expect(namesBefore('violence')).not.toContain('Rioters (India)');
    expect(namesBefore('looting')).toContain('Rioters (India)');
  });
});

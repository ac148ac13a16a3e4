import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

describe('whose weapon, whose words, who joined whom', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'does not take the army a spokesman speaks for as the one that shelled',
      {
        text: 'قال المتحدث باسم الجيش الأوكراني إن المتمردين قصفوا بلدة أفدييفكا.',
        language: 'ar',
        mentions: [
          ['الأوكراني', demonymEntity('Ukraine', 'UA')],
          ['أفدييفكا', placeEntity('Avdiivka', 'UA')],
        ],
      },
      [undefined, undefined],
    ],
    [
      'takes the side past the subject of a verb of targeting for the one struck, not a market it stood in',
      {
        text: 'استهدفت طائرات التحالف الدولي تجمعا لمسلحي تنظيم داعش داخل أحد الأسواق في مدينة الرقة أمس.',
        language: 'ar',
        mentions: [
          ['التحالف الدولي', actorEntity('US-led Coalition')],
          ['تنظيم داعش', actorEntity('Islamic State')],
          ['مدينة الرقة', placeEntity('Raqqa', 'SY')],
        ],
      },
      ['US-led Coalition', 'Islamic State'],
    ],
    [
      'takes the side after a participle of targeting for the one struck, not for the bomber',
      {
        text: 'فجر انتحاري نفسه مستهدفا القوات الأميركية قرب مدينة الرقة أمس.',
        language: 'ar',
        mentions: [
          ['الأميركية', demonymEntity('United States', 'US')],
          ['مدينة الرقة', placeEntity('Raqqa', 'SY')],
        ],
      },
      [undefined, 'Military Forces of the United States'],
    ],
    [
      'does not take a government blamed for failing to keep order for the killers',
      {
        text: 'The state government was accused of failing to keep order during the killings in Godhra.',
        mentions: [['Godhra', placeEntity('Godhra', 'IN')]],
      },
      [undefined, undefined],
    ],
    [
      'takes the soldiers after "killed by" for the killers, not the killed',
      {
        text: 'A young man was killed by soldiers in Kirkuk on Friday.',
        mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
        quantities: [['A young man', killed(1, 'man')]],
      },
      ['Military Forces of Iraq', undefined],
    ],
    [
      'takes the side after a verb of destroying for the one struck, not the one striking',
      {
        text: 'Syrian armed forces units destroyed three hideouts of ISIL militants near Homs, wounding some.',
        mentions: [
          ['Syrian armed forces', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['ISIL', actorEntity('Islamic State')],
          ['Homs', placeEntity('Homs', 'SY')],
        ],
      },
      ['Military Forces of Syria', 'Islamic State'],
    ],
    [
      'takes the first named of two sides that struck together',
      {
        text: 'Assad regime and Russian air forces bombed a market in western Aleppo, killing nine civilians.',
        mentions: [
          ['Assad regime', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['Russian air forces', actorEntity('Military Forces of Russia', 'state-forces', 'RU')],
          ['Aleppo', placeEntity('Aleppo', 'SY')],
        ],
        quantities: [['nine', killed(9, 'civilians')]],
      },
      ['Military Forces of Syria', 'Civilians'],
    ],
    [
      'takes the first named of two groups that struck together, the second called "so-called"',
      {
        text: 'Militants from Nusra and the so-called Ahrar al-Sham group shelled a village near Hama, killing one civilian.',
        mentions: [
          ['Nusra', actorEntity('Al-Nusra Front')],
          ['Ahrar al-Sham', actorEntity('Ahrar al-Sham')],
          ['Hama', placeEntity('Hama', 'SY')],
        ],
        quantities: [['one', killed(1, 'civilian')]],
      },
      ['Al-Nusra Front', 'Civilians'],
    ],
    [
      'leaves the perpetrator empty when a nationality is offered as the rival of a named force',
      {
        text: 'The convoy was hit by Syrian or Russian warplanes near Aleppo.',
        mentions: [
          ['Syrian', demonymEntity('Syria', 'SY')],
          ['Russian warplanes', actorEntity('Military Forces of Russia', 'state-forces', 'RU')],
          ['Aleppo', placeEntity('Aleppo', 'SY')],
        ],
      },
      [undefined, undefined],
    ],
    [
      // A sweep aimed at a party's members is a round-up the party did not make; a clause that names no
      // authority that made it leaves its maker unknown (see arrest-authority).
      'does not take the side a campaign targeted for the one that launched it',
      {
        text: 'شنت حملات استهدفت عناصر حزب العمال الكردستاني في مدينة أنقرة.',
        mentions: [
          ['عناصر حزب العمال الكردستاني', actorEntity('Kurdistan Workers Party')],
          ['أنقرة', placeEntity('Ankara', 'TR')],
        ],
      },
      [undefined, 'Kurdistan Workers Party'],
    ],
    [
      'takes the side after a verb with a plural ending for its object, the side before it for its subject',
      {
        text: 'وقال البيان إن مقاتلي الحركة، المصنفة منظمة إرهابية لدى الحكومة، هاجموا عناصر من الشرطة قرب مدينة ماردين.',
        mentions: [
          ['الحركة', actorEntity('Kurdistan Workers Party')],
          ['ماردين', placeEntity('Mardin', 'TR')],
        ],
      },
      ['Kurdistan Workers Party', 'Police Forces of Turkey'],
    ],
    [
      'takes the side after a verb whose plural ending is its only subject for its object, not its owner',
      {
        text: 'وقال مصدر أمني إن مسلحين هاجموا الجنود قرب مدينة ماردين أمس.',
        mentions: [
          ['الجنود', actorEntity('Military Forces of Turkey', 'state-forces', 'TR')],
          ['ماردين', placeEntity('Mardin', 'TR')],
        ],
      },
      [undefined, 'Military Forces of Turkey'],
    ],
    [
      'takes the side after a verb whose subject, an army implied by its country, opens a clause after «إن» for its object',
      {
        text: 'وقال مسؤول عسكري إن الجيش هاجم المتمردين الحوثيين قرب مدينة تعز أمس.',
        mentions: [
          ['المتمردين الحوثيين', actorEntity('Houthi Movement', 'armed-group', 'YE')],
          ['تعز', placeEntity('Taiz', 'YE')],
        ],
      },
      ['Military Forces of Yemen', 'Houthi Movement'],
    ],
    [
      "takes a plural in the accusative right after a verb told after its subject for the verb's object",
      {
        text: 'الجيش هاجم المتمردين الحوثيين قرب مدينة تعز أمس.',
        mentions: [
          ['المتمردين الحوثيين', actorEntity('Houthi Movement', 'armed-group', 'YE')],
          ['تعز', placeEntity('Taiz', 'YE')],
        ],
      },
      ['Military Forces of Yemen', 'Houthi Movement'],
    ],
    [
      "takes a plural in the accusative after «قد» and a verb for the verb's object",
      {
        text: 'وكان الجيش قد هاجم المتمردين الحوثيين قرب مدينة تعز أمس.',
        mentions: [
          ['المتمردين الحوثيين', actorEntity('Houthi Movement', 'armed-group', 'YE')],
          ['تعز', placeEntity('Taiz', 'YE')],
        ],
      },
      ['Military Forces of Yemen', 'Houthi Movement'],
    ],
    [
      'keeps a plural in the genitive of a verbal noun after a preposition as the doer',
      {
        text: 'قتل أربعة مدنيين في قصف المتمردين الحوثيين على سوق قرب مدينة تعز.',
        mentions: [
          ['المتمردين الحوثيين', actorEntity('Houthi Movement', 'armed-group', 'YE')],
          ['تعز', placeEntity('Taiz', 'YE')],
        ],
      },
      ['Houthi Movement', 'Civilians'],
    ],
    [
      'takes the side after men of no side, the subject in the nominative right after the verb, for its object',
      {
        text: 'وهاجم مسلحون مجهولون الجنود قرب مدينة تعز أمس.',
        mentions: [
          ['الجنود', actorEntity('Military Forces of Yemen', 'state-forces', 'YE')],
          ['تعز', placeEntity('Taiz', 'YE')],
        ],
      },
      [undefined, 'Military Forces of Yemen'],
    ],
    [
      'takes the side a comma-less "by" names before "the monitor said" for the doer, not the teller',
      {
        text: 'Air strikes on a bakery in Saraqib killed four people on Sunday carried out by Ruritanian jets the monitor said.',
        mentions: [
          ['Ruritanian jets', actorEntity('Military Forces of Ruritania', 'state-forces', 'RU')],
          ['Saraqib', placeEntity('Saraqib', 'SY')],
        ],
      },
      ['Military Forces of Ruritania', undefined],
    ],
    [
      'takes the side an English report blames the attack on for its perpetrator',
      {
        text: 'The monitor said the shelling killed four people in Aleppo, blaming the attack on Syrian troops.',
        mentions: [
          ['Syrian troops', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['Aleppo', placeEntity('Aleppo', 'SY')],
        ],
      },
      ['Military Forces of Syria', undefined],
    ],
    [
      "takes a state's forces told with ground regained, no taker named, for those who regained it",
      {
        text: 'واستعادة السيطرة على مدينة الحوطة تعزز الأمن، ومن المتوقع أن تتجه القوات الحكومية اليمنية إلى أبين.',
        mentions: [
          ['القوات الحكومية اليمنية', actorEntity('Military Forces of Yemen', 'state-forces', 'YE')],
          ['الحوطة', placeEntity('Al Hawtah', 'YE')],
        ],
      },
      ['Military Forces of Yemen', undefined],
    ],
    [
      'takes the side told after a control whose pronoun no side before it owns for the taker',
      {
        text: 'وبعد ضمان سيطرتها على مدينة عدن، واصلت القوات الحكومية اليمنية تقدمها إلى مدينة زنجبار.',
        mentions: [
          ['القوات الحكومية اليمنية', actorEntity('Military Forces of Yemen', 'state-forces', 'YE')],
          ['عدن', placeEntity('Aden', 'YE')],
        ],
      },
      ['Military Forces of Yemen', undefined],
    ],
    [
      "does not take a word of a side's name for civilians it targets",
      {
        text: 'هاجم متمردو حزب العمال الكردستاني عناصر من الشرطة في مدينة ديار بكر.',
        mentions: [
          ['حزب العمال الكردستاني', actorEntity('Kurdistan Workers Party')],
          ['ديار بكر', placeEntity('Diyarbakir', 'TR')],
        ],
      },
      ['Kurdistan Workers Party', 'Police Forces of Turkey'],
    ],
    [
      'takes the group right after an Arabic verb of arrest for the one that seized',
      {
        text: 'اعتقل تنظيم داعش 20 شابا في مدينة الرقة.',
        mentions: [
          ['تنظيم داعش', actorEntity('Islamic State')],
          ['الرقة', placeEntity('Raqqa', 'SY')],
        ],
      },
      ['Islamic State', undefined],
    ],
    [
      'does not take the police command a source was quoted from for the shooter',
      {
        text: 'A source at Homs Police Command told the agency that terrorists fired mortars at a school in Homs.',
        mentions: [['Homs', placeEntity('Homs', 'SY'), 2]],
      },
      [undefined, 'Civilians'],
    ],
    [
      'takes the force whose academy a bomber struck as the target, not as the bomber',
      {
        text: 'قال مسؤولون إن مهاجما انتحاريا هاجم أكاديمية الشرطة في مدينة قندهار صباح الثلاثاء.',
        language: 'ar',
        mentions: [['مدينة قندهار', placeEntity('Kandahar', 'AF')]],
      },
      [undefined, 'Police Forces of Afghanistan'],
    ],
    [
      'takes the civilians an English nationality qualifies after the act as the target, not as a force',
      {
        text: 'Masked gunmen attacked Canadian citizens near Kandahar on Monday.',
        mentions: [
          ['Canadian', demonymEntity('Canada', 'CA')],
          ['Kandahar', placeEntity('Kandahar', 'AF')],
        ],
      },
      [undefined, 'Civilians'],
    ],
    [
      'takes guerrillas for the rebels of the country',
      {
        text: 'Guerrillas ambushed an army convoy near Idlib on Monday.',
        mentions: [['Idlib', placeEntity('Idlib', 'SY')]],
      },
      ['Opposition Rebels (Syria)', 'Military Forces of Syria'],
    ],
  ])('%s', (_name, spec, expected) => {
    expect(firstSubType(spec)).toBeDefined();
    expect(actorsOf(spec)).toEqual(expected);
  });

  it('gives an English verb told after a clause of fighting the subject before that clause', () => {
    const spec: FixtureSpec = {
      text: 'Syrian government forces after two days of heavy clashes seized a hill near Palmyra on Tuesday.',
      mentions: [
        ['Syrian government forces', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
        ['Palmyra', placeEntity('Palmyra', 'SY')],
      ],
    };
    expect(actorsOf(spec, -1)).toEqual(['Military Forces of Syria', undefined]);
  });

  it('takes a side that tells of an act of its own for its doer, not only its teller', () => {
    const spec: FixtureSpec = {
      text: 'قال الجيش النيجيري إنه نفذ هجوما على مواقع جماعة بوكو حرام قرب مدينة مايدوغوري.',
      mentions: [
        ['الجيش النيجيري', actorEntity('Military Forces of Nigeria', 'state-forces', 'NG')],
        ['جماعة بوكو حرام', actorEntity('Boko Haram')],
        ['مايدوغوري', placeEntity('Maiduguri', 'NG')],
      ],
    };
    expect(actorsOf(spec)).toEqual(['Military Forces of Nigeria', 'Boko Haram']);
  });

  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the soldiers after "the kidnapping of" for those kidnapped',
      {
        text: 'The kidnapping of two Malian soldiers near Kidal on Monday was blamed on bandits.',
        mentions: [
          ['Malian', demonymEntity('Mali', 'ML')],
          ['Kidal', placeEntity('Kidal', 'ML')],
        ],
      },
      [undefined, 'Military Forces of Mali'],
    ],
    [
      'takes the group whose commander was assassinated for the target, before the people it angered',
      {
        text: 'The assassination of a Hamas commander in Rafah on Monday angered residents.',
        mentions: [
          ['Hamas', actorEntity('Hamas')],
          ['Rafah', placeEntity('Rafah', 'PS')],
        ],
      },
      [undefined, 'Hamas'],
    ],
  ])('%s', (_name, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });

  it.each(["'", '’'])(
    'does not take a country named in the possessive (%s) after the act for the side that did it',
    (apostrophe) => {
      const spec: FixtureSpec = {
        text: `Investigators said drones were used to attack Bolivia${apostrophe}s president in La Paz on Saturday.`,
        mentions: [
          ['Bolivia', demonymEntity('Bolivia', 'BO')],
          ['La Paz', placeEntity('La Paz', 'BO')],
        ],
      };
      expect(actorsOf(spec)[0]).toBeUndefined();
    },
  );
});

describe('the parties to an accord told beside an act', () => {
  const mentions: FixtureSpec['mentions'] = [
    ['جبهة الريف', actorEntity('Rif Front', 'armed-group', 'IQ')],
    ['حركة الوادي', actorEntity('Wadi Movement', 'armed-group', 'IQ')],
    ['كركوك', placeEntity('Kirkuk', 'IQ')],
  ];

  it('are not the target of the attack that ended it', () => {
    const text =
      'وأوقع التفجير الذي نسب إلى جبهة الريف في كركوك 30 قتيلا، لتنتهي بذلك هدنة بين الحكومة وحركة الوادي.';
    expect(actorsOf({ text, mentions })).toEqual(['Rif Front', undefined]);
  });
});

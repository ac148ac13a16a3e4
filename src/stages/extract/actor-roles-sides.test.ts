import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const syria = placeEntity('Homs', 'SY');
const ARABIC_MEMBERS = 'قتل خمسة من عناصر "أنصار بيت المقدس" حين استهدفت طائرة سيارتهم غربي الشيخ زويد.';

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
      'takes the side before the one counted among the harmed for the one that struck',
      {
        text: 'Troops fought guerrillas near Homs on Sunday, killing six rebels.',
        mentions: [['Homs', syria]],
        quantities: [['six', killed(6, 'rebels')]],
      },
      ['Military Forces of Syria', 'Opposition Rebels (Syria)'],
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
      'takes the group whose members were counted dead for the target, past a quote mark',
      {
        text: ARABIC_MEMBERS,
        language: 'ar',
        mentions: [
          ['أنصار بيت المقدس', actorEntity('Islamic State Sinai Province', 'armed-group', 'EG')],
          ['الشيخ زويد', placeEntity('Sheikh Zuweid', 'EG')],
        ],
        quantities: [
          [
            'خمسة',
            { ...killed(5, 'members'), nounSpan: [0, ARABIC_MEMBERS.indexOf('عناصر') + 'عناصر'.length] },
          ],
        ],
      },
      [undefined, 'Islamic State Sinai Province'],
    ],
    [
      'takes the side after a verb of destroying for the one struck, not the one striking',
      {
        text: 'Syrian armed forces units destroyed three hideouts of ISIL militants near Homs, wounding some.',
        mentions: [
          ['Syrian armed forces', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['ISIL', actorEntity('Islamic State')],
          ['Homs', syria],
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
        mentions: [['Homs', syria, 2]],
      },
      [undefined, 'Civilians'],
    ],
    [
      'takes the other counted side of a battle told by its dead for its other side',
      {
        text: 'Twelve rebels and three soldiers were killed in clashes near Idlib on Monday.',
        mentions: [['Idlib', placeEntity('Idlib', 'SY')]],
        quantities: [
          ['Twelve', killed(12, 'rebels')],
          ['three', killed(3, 'soldiers')],
        ],
      },
      ['Military Forces of Syria', 'Opposition Rebels (Syria)'],
    ],
    [
      'takes a counted rebel in the accusative for the side the rebels of the country are',
      {
        text: 'قصفت المدفعية مواقع في مدينة إب فقتلت 20 متمردا يوم الأحد.',
        language: 'ar',
        mentions: [['إب', placeEntity('Ibb', 'YE')]],
        quantities: [['20', killed(20, 'متمردا')]],
      },
      [undefined, 'Houthi Movement'],
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
      'takes the force of an officer killed, named by his rank before the verb, as the harmed',
      {
        text: 'أكد شهود أن ضابطا كبيرا في الجيش الكيني قتل مساء الإثنين في هجوم على سيارته في نيروبي.',
        language: 'ar',
        mentions: [
          ['الكيني', demonymEntity('Kenya', 'KE')],
          ['نيروبي', placeEntity('Nairobi', 'KE')],
        ],
      },
      [undefined, 'Military Forces of Kenya'],
    ],
    [
      'takes the force of an officer killed as the harmed when an aside on him closes before the verb',
      {
        text: 'قال مسؤولون إن عقيدا في الجيش الكيني ومن أبرز معاوني وزير الدفاع، قتل صباح السبت بقذيفة أصابت موكبه في نيروبي.',
        language: 'ar',
        mentions: [
          ['الكيني', demonymEntity('Kenya', 'KE')],
          ['نيروبي', placeEntity('Nairobi', 'KE')],
        ],
      },
      [undefined, 'Military Forces of Kenya'],
    ],
    [
      'takes fighters killed in an attack they launched themselves on a base for its initiator',
      {
        text: 'قتل 14 مسلحا من المعارضة على الأقل في هجوم فاشل نفذوه على قاعدة عسكرية في ريف حماة.',
        language: 'ar',
        mentions: [['حماة', placeEntity('Hama', 'SY')]],
        quantities: [['14', killed(14, 'مسلحا')]],
      },
      ['Opposition Rebels (Syria)', 'Military Forces of Syria'],
    ],
    [
      'takes fighters counted in the singular after their number, who attacked an airfield, for its initiator',
      {
        text: 'قتل 12 مقاتلا من المعارضة خلال هجوم فاشل شنوه على مطار عسكري في محافظة إدلب.',
        language: 'ar',
        mentions: [['إدلب', placeEntity('Idlib', 'SY')]],
        quantities: [['12', killed(12, 'مقاتلا')]],
      },
      ['Opposition Rebels (Syria)', 'Military Forces of Syria'],
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

  it('does not take a nationality told as a plural noun of people before the act for its forces', () => {
    const spec: FixtureSpec = {
      text: 'Doctors examined the 12 herders, including 3 Nigeriens, killed near Gao in Mali last week.',
      mentions: [
        ['Nigeriens', demonymEntity('Niger', 'NE')],
        ['Gao', placeEntity('Gao', 'ML')],
      ],
    };
    expect(actorsOf(spec)[0]).toBeUndefined();
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

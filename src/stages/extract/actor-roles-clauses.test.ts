import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const zuweid = placeEntity('Sheikh Zuweid', 'EG');
const ADVANCE = 'قتل 15 من عناصر داعش خلال تقدم القوات الأمنية في الرمادي.';
/** The character span of a word of the text, as the quantity reader gives a count's noun. */
const spanOf = (text: string, word: string): [number, number] => [
  text.indexOf(word),
  text.indexOf(word) + word.length,
];

describe('the side each clause of a sentence names', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes a force named after the count, past an act of its own, for that act’s subject',
      {
        text: 'قتل خمسة مدنيين عندما قصف الجيش منازلهم قرب الشيخ زويد.',
        mentions: [['الشيخ زويد', zuweid]],
        quantities: [['خمسة', killed(5, 'civilians')]],
      },
      ['Military Forces of Egypt', 'Civilians'],
    ],
    [
      'takes the force whose advance the killing fell in for the one that killed',
      {
        text: ADVANCE,
        mentions: [
          ['داعش', actorEntity('Islamic State')],
          ['الرمادي', placeEntity('Ramadi', 'IQ')],
        ],
        quantities: [['15', { ...killed(15, 'members'), nounSpan: spanOf(ADVANCE, 'عناصر') }]],
      },
      ['Police Forces of Iraq', 'Islamic State'],
    ],
    [
      'takes a mosque that was exposed to a bombing for its civilian target',
      {
        text: 'تعرض مسجد في مدينة الكويت إلى تفجير إرهابي خلال صلاة الجمعة.',
        mentions: [['مدينة الكويت', placeEntity('Kuwait City', 'KW')]],
      },
      [undefined, 'Civilians'],
    ],
    [
      'does not take the police who tell of a riot for the side the rioters faced',
      {
        text: 'Officers said on Monday the suspects were booked for rioting in Ahmedabad.',
        mentions: [['Ahmedabad', placeEntity('Ahmedabad', 'IN')]],
      },
      ['Rioters (India)', undefined],
    ],
    [
      'takes members in the genitive of a shelling, its target after «على», for those who shelled',
      {
        text: 'قتل أربعة مدنيين في قصف مسلحي الحوثيين على سوق في مدينة تعز.',
        mentions: [
          ['الحوثيين', actorEntity('Houthi Movement')],
          ['تعز', placeEntity('Taiz', 'YE')],
        ],
        quantities: [['أربعة', killed(4, 'civilians')]],
      },
      ['Houthi Movement', 'Civilians'],
    ],
    [
      'takes members in the genitive of a shelling for those who shelled past a second shelling side',
      {
        text: 'أصيب مدنيون في قصف مسلحي الحوثيين وقوات حليفهم الرئيس السابق على حي سكني في مدينة إب.',
        mentions: [
          ['الحوثيين', actorEntity('Houthi Movement')],
          ['إب', placeEntity('Ibb', 'YE')],
        ],
      },
      ['Houthi Movement', 'Civilians'],
    ],
    [
      'takes the side after «من قبل» told after the act for its agent, not the side before the verb',
      {
        text: 'وقال المصدر إن الحراس قتلوا قرب مدينة غاو من قبل جماعة أنصار الدين.',
        mentions: [
          ['جماعة أنصار الدين', actorEntity('Ansar Dine')],
          ['غاو', placeEntity('Gao', 'ML')],
        ],
      },
      ['Ansar Dine', undefined],
    ],
    [
      'takes the side after «من جانب» told after the act for its agent',
      {
        text: 'وأصيب ستة من الحراس في قصف عنيف على مدينة غاو من جانب جماعة أنصار الدين.',
        mentions: [
          ['جماعة أنصار الدين', actorEntity('Ansar Dine')],
          ['غاو', placeEntity('Gao', 'ML')],
        ],
      },
      ['Ansar Dine', undefined],
    ],
    [
      'takes the side a relative clause tells of, past its comma, for the target of the main clause',
      {
        text: 'Soldiers fought Boko Haram gunmen who raided the village of Konduga, killing 30 militants.',
        mentions: [
          ['Boko Haram', actorEntity('Boko Haram')],
          ['Konduga', placeEntity('Konduga', 'NG')],
        ],
        quantities: [['30', killed(30, 'militants')]],
      },
      ['Military Forces of Nigeria', 'Boko Haram'],
    ],
    [
      'takes a coalition, not the member its comma-less description names, for the side that shelled',
      {
        text: 'The Army of Conquest an alliance of rebel factions that includes the Nusra Front shelled Nubl on Monday.',
        mentions: [
          ['Army of Conquest', actorEntity('Jaish al-Fatah')],
          ['Nusra Front', actorEntity('Al-Nusra Front')],
          ['Nubl', placeEntity('Nubl', 'SY')],
        ],
      },
      ['Jaish al-Fatah', undefined],
    ],
    [
      'keeps the named member of a vague side told right before it as the side that acted',
      {
        text: 'Insurgents including the Nusra Front stormed army posts near Nubl on Monday.',
        mentions: [
          ['Nusra Front', actorEntity('Al-Nusra Front')],
          ['Nubl', placeEntity('Nubl', 'SY')],
        ],
      },
      ['Al-Nusra Front', 'Military Forces of Syria'],
    ],
    [
      'does not take the side slogans were chanted against for the target',
      {
        text: 'Militants attacked a shrine in Kupwara on Sunday, chanting slogans against the security forces.',
        mentions: [['Kupwara', placeEntity('Kupwara', 'IN')]],
      },
      [undefined, undefined],
    ],
    [
      'takes members named after a clash verb for the side that clashed, not the harmed',
      {
        text: 'اشتبكت عناصر المقاومة الشعبية مع مسلحي جماعة الحوثي في مدينة تعز.',
        mentions: [
          ['المقاومة الشعبية', actorEntity('Popular Resistance (Yemen)')],
          ['جماعة الحوثي', actorEntity('Houthi Movement')],
          ['تعز', placeEntity('Taiz', 'YE')],
        ],
      },
      ['Popular Resistance (Yemen)', 'Houthi Movement'],
    ],
    [
      'does not take the side after «مع» for the subject of a joined clash verb',
      {
        text: 'دخل الجيش بلدة الكرمة، واشتبك مع مسلحي تنظيم داعش قرب الجسر.',
        mentions: [
          ['الكرمة', placeEntity('Karmah', 'IQ')],
          ['تنظيم داعش', actorEntity('Islamic State')],
        ],
      },
      ['Military Forces of Iraq', 'Islamic State'],
    ],
    [
      'takes the first of two sides joined before a clash fought «مع» a third, not the second',
      {
        text: 'خاضت قوات النظام ومقاتلو حزب الله اشتباكات عنيفة مع فصائل المعارضة في بلدة مضايا.',
        mentions: [
          ['قوات النظام', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['مقاتلو حزب الله', actorEntity('Hezbollah')],
          ['فصائل المعارضة', actorEntity('Opposition Rebels (Syria)')],
          ['مضايا', placeEntity('Madaya', 'SY')],
        ],
      },
      ['Military Forces of Syria', 'Opposition Rebels (Syria)'],
    ],
    [
      'still takes two joined sides of a clash with no third side for foes',
      {
        text: 'اشتبكت قوات النظام ومقاتلو حزب الله في بلدة مضايا.',
        mentions: [
          ['قوات النظام', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['مقاتلو حزب الله', actorEntity('Hezbollah')],
          ['مضايا', placeEntity('Madaya', 'SY')],
        ],
      },
      ['Military Forces of Syria', 'Hezbollah'],
    ],
    [
      'takes the force an officer killed served in, named after his rank, for the harmed',
      {
        text: 'يتهم الأهالي رجلا بقتل عقيد في الجيش في مدينة درعا.',
        mentions: [['مدينة درعا', placeEntity('Daraa', 'SY')]],
      },
      [undefined, 'Military Forces of Syria'],
    ],
    [
      'takes the people a bombing killed, when no target is named, for civilians',
      {
        text: 'A car bomb exploded near Kandahar on Monday, killing nine people.',
        mentions: [['Kandahar', placeEntity('Kandahar', 'AF')]],
        quantities: [['nine', killed(9, 'people')]],
      },
      [undefined, 'Civilians'],
    ],
    [
      'does not take the people a clash killed for civilians',
      {
        text: 'Clashes broke out near Kandahar on Monday, killing nine people.',
        mentions: [['Kandahar', placeEntity('Kandahar', 'AF')]],
        quantities: [['nine', killed(9, 'people')]],
      },
      [undefined, undefined],
    ],
    [
      'takes a young man shot at for a civilian target',
      {
        text: 'أطلق جنود إسرائيليون النار على شاب قرب مدينة نابلس.',
        mentions: [
          ['إسرائيليون', demonymEntity('Israel', 'IL')],
          ['مدينة نابلس', placeEntity('Nablus', 'PS')],
        ],
      },
      ['Military Forces of Israel', 'Civilians'],
    ],
  ])('%s', (_name, spec, expected) => {
    expect(firstSubType(spec)).toBeDefined();
    expect(actorsOf(spec)).toEqual(expected);
  });

  it('gives an English "-ing" form after an act the subject of that act, past its object', () => {
    const spec: FixtureSpec = {
      text: 'Syrian soldiers stormed the strongholds of the Nusra Front in Rastan, killing eight militants.',
      mentions: [
        ['Syrian', demonymEntity('Syria', 'SY')],
        ['Nusra Front', actorEntity('Al-Nusra Front')],
        ['Rastan', placeEntity('Rastan', 'SY')],
      ],
      quantities: [['eight', killed(8, 'militants')]],
    };
    expect(actorsOf(spec, -1)).toEqual(['Military Forces of Syria', 'Al-Nusra Front']);
  });

  it("takes a bare army's country from a place told for the clause after its own", () => {
    const spec: FixtureSpec = {
      text: 'قصف الجيش سيارتين في قرية جنوبي مدينة العريش حيث تدور اشتباكات.',
      language: 'ar',
      mentions: [['مدينة العريش', placeEntity('Arish', 'EG')]],
    };
    expect(actorsOf(spec)[0]).toBe('Military Forces of Egypt');
  });

  it('does not take the side a campaign is waged against for the subject of an act told in it', () => {
    const spec: FixtureSpec = {
      text: 'قال مسؤول إن الحملة العسكرية على حركة الشباب مستمرة، وقصفت المدفعية مواقع في قرية بارديرا.',
      language: 'ar',
      mentions: [
        ['حركة الشباب', actorEntity('Al Shabaab')],
        ['بارديرا', placeEntity('Bardera', 'SO')],
      ],
    };
    expect(actorsOf(spec)[0]).toBeUndefined();
  });

  it('keeps a side named before its own act as its subject when no campaign precedes it', () => {
    const spec: FixtureSpec = {
      text: 'قال مسؤول إن حركة الشباب قصفت مواقع في قرية بارديرا.',
      language: 'ar',
      mentions: [
        ['حركة الشباب', actorEntity('Al Shabaab')],
        ['بارديرا', placeEntity('Bardera', 'SO')],
      ],
    };
    expect(actorsOf(spec)[0]).toBe('Al Shabaab');
  });
});

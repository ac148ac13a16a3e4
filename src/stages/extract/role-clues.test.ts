import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorsOf as actorsOfEvent, killed } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

/** The sides of the last event the text tells (the clause under test closes the sentence). */
const actorsOf = (spec: FixtureSpec) => actorsOfEvent(spec, -1);

const islamicState = actorEntity('Islamic State');
const peshmerga = actorEntity('Peshmerga', 'state-forces', 'IQ');

describe('who started the fighting', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the side that tried to storm the villages for the one that started the clash',
      {
        text: 'اشتبكت قوات البيشمركة مع مسلحي داعش لدى محاولتهم التسلل إلى قرى حول مخمور فجرا.',
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

/** A count of `value` killed whose counted noun is `noun` in `text`. */
function killedCount(text: string, value: number, noun: string) {
  const at = text.indexOf(noun);
  return {
    value,
    qualifier: 'exact' as const,
    role: 'killed' as const,
    noun: 'members',
    nounSpan: [at, at + noun.length] as [number, number],
  };
}

const membersText = 'أعلنت الشرطة العراقية مقتل 15 عنصرا من داعش في اشتباكات قرب مدينة الرمادي.';

describe('sides named beside the incident', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'does not take the side whose violations broke a truce for the one that made it',
      {
        text: 'وأعلن التحالف هدنة جديدة في اليمن بعد انهيار هدنة سابقة بسبب خروقات الحوثيين.',
        mentions: [
          ['اليمن', placeEntity('Yemen', 'YE', 'country')],
          ['الحوثيين', actorEntity('Houthi Movement')],
        ],
      },
      ['Saudi-led Coalition', undefined],
    ],
    [
      'takes the holder of a village for neither side',
      {
        text: 'Air strikes on an ISIL-held village near Manbij killed 12 civilians.',
        mentions: [
          ['ISIL', islamicState],
          ['Manbij', placeEntity('Manbij', 'SY')],
        ],
        quantities: [['12', killed(12, 'civilians')]],
      },
      [undefined, 'Civilians'],
    ],
    [
      'takes the side whose counted members were killed for the victim',
      {
        text: membersText,
        mentions: [
          ['الشرطة العراقية', actorEntity('Police Forces of Iraq', 'state-forces', 'IQ')],
          ['داعش', islamicState],
          ['مدينة الرمادي', placeEntity('Ramadi', 'IQ')],
        ],
        quantities: [['15', killedCount(membersText, 15, 'عنصرا')]],
      },
      [undefined, 'Islamic State'],
    ],
    [
      'takes the side a bombing is attributed to, not the one attributing it',
      {
        text: 'انفجرت عبوة ناسفة في سوق بمدينة الرمادي ونسبت الشرطة المسؤولية عنه إلى تنظيم الدولة.',
        mentions: [
          ['مدينة الرمادي', placeEntity('Ramadi', 'IQ')],
          ['تنظيم الدولة', islamicState],
        ],
      },
      ['Islamic State', 'Civilians'],
    ],
    [
      'does not take an army that mourns its dead for the perpetrator',
      {
        text: 'نعى الجيش المصري أمس ثلاثة شهداء سقطوا في هجوم بمدينة العريش.',
        mentions: [
          ['الجيش المصري', actorEntity('Military Forces of Egypt', 'state-forces', 'EG')],
          ['العريش', placeEntity('Arish', 'EG')],
        ],
      },
      [undefined, undefined],
    ],
    [
      'does not take the side that condemned a bombing, after "by", for its perpetrator',
      {
        text: 'The bombing of a market in Quetta, condemned by the government, killed 12 people.',
        mentions: [['Quetta', placeEntity('Quetta', 'PK')]],
      },
      [undefined, 'Civilians'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(firstSubType(spec)).toBeDefined();
    expect(actorsOf(spec)).toEqual(expected);
  });
});

describe('who arrested whom', () => {
  const houthis = actorEntity('Houthi Movement');
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the group that made the arrest, not the police, when no force is named',
      {
        text: 'ألقى الثوار القبض على 12 حوثيا في مدينة تعز.',
        mentions: [
          ['حوثيا', houthis],
          ['مدينة تعز', placeEntity('Taiz', 'YE')],
        ],
        quantities: [['12', { value: 12, qualifier: 'exact', role: 'arrested', noun: 'houthis' }]],
      },
      ['Popular Resistance (Yemen)', 'Houthi Movement'],
    ],
    [
      'keeps the police for the arrester of a counted group',
      {
        text: '12 Houthis arrested in Taiz.',
        mentions: [
          ['Houthis', houthis],
          ['Taiz', placeEntity('Taiz', 'YE')],
        ],
        quantities: [['12', { value: 12, qualifier: 'exact', role: 'arrested', noun: 'houthis' }]],
      },
      ['Police Forces of Yemen', 'Houthi Movement'],
    ],
    [
      'takes a group that announces an arrest told right after it for the arrester',
      {
        text: 'أكدت المقاومة الشعبية في اليمن اعتقال القيادي الحوثي سالم الحمدي في مدينة المكلا.',
        mentions: [
          ['الحوثي', houthis],
          ['مدينة المكلا', placeEntity('Mukalla', 'YE')],
        ],
      },
      ['Popular Resistance (Yemen)', 'Houthi Movement'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

describe('the doer a clause names by its form', () => {
  const houthis = actorEntity('Houthi Movement');
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the side right after a verbal noun of firing for who fired',
      {
        text: 'قتل أربعة أشخاص نتيجة إطلاق ميليشيا الحوثي قذائف على مدينة نجران.',
        mentions: [
          ['ميليشيا الحوثي', houthis],
          ['مدينة نجران', placeEntity('Najran', 'SA')],
        ],
        quantities: [['أربعة', killed(4, 'people')]],
      },
      ['Houthi Movement', 'Civilians'],
    ],
    [
      'takes the side that "carried out" the arrests for the arrester, not the arrested',
      {
        text: 'تواصلت الاعتقالات التي قام بها الحوثيون في مدينة صنعاء.',
        mentions: [
          ['الحوثيون', houthis],
          ['مدينة صنعاء', placeEntity('Sanaa', 'YE')],
        ],
      },
      ['Houthi Movement', undefined],
    ],
    [
      'gives a plural verb with no subject of its own the subject of the clause before it',
      {
        text: 'قال ناشطون إن مسلحي تنظيم الدولة احتجزوا عشرات الرعاة بعد أن سيطروا على مدينة القريتين.',
        mentions: [
          ['تنظيم الدولة', islamicState],
          ['مدينة القريتين', placeEntity('Al-Qaryatayn', 'SY')],
        ],
      },
      ['Islamic State', undefined],
    ],
    [
      'does not take a side told before "كما" for the subject of the verb after it',
      {
        text: 'كانت التلال مخابئ لقوات داعش، كما قصفت المدفعية التركية مخازن لتنظيم داعش في سوريا.',
        mentions: [
          ['داعش', islamicState],
          ['التركية', demonymEntity('Turkey', 'TR')],
          ['تنظيم داعش', islamicState],
          ['سوريا', placeEntity('Syria', 'SY', 'country')],
        ],
      },
      ['Military Forces of Turkey', 'Islamic State'],
    ],
    [
      'does not take the police a source speaks from, counted near the toll, for the target',
      {
        text: 'Mortar fire on Homs city wounded 12 a source at Homs Police Command told SANA on Sunday.',
        mentions: [['Homs', placeEntity('Homs', 'SY')]],
        quantities: [['12', { value: 12, qualifier: 'exact', role: 'injured', noun: 'people' }]],
      },
      [undefined, 'Civilians'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

describe('a "by" past the doer’s own fate', () => {
  it('does not take the police who killed the stabber for the side that stabbed', () => {
    const spec: FixtureSpec = {
      text: 'A man stabbed eight shoppers in a mall in Kisumu on Saturday before he was killed by two police officers.',
      mentions: [['Kisumu', placeEntity('Kisumu', 'KE')]],
    };
    expect(actorsOfEvent(spec)[0]).toBeUndefined();
  });

  it('still takes a "by" that names the doer of the act itself', () => {
    const spec: FixtureSpec = {
      text: 'Eight shoppers were stabbed by police officers in a mall in Kisumu on Saturday.',
      mentions: [['Kisumu', placeEntity('Kisumu', 'KE')]],
    };
    expect(actorsOfEvent(spec)[0]).toBe('Police Forces of Kenya');
  });
});

import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

describe('the sub-event type', () => {
  it.each<[string, FixtureSpec, string]>([
    [
      'a crowd stoning a motorcade riots',
      {
        text: "The minister's motorcade was stoned in Surat on Friday.",
        mentions: [['Surat', placeEntity('Surat', 'IN')]],
      },
      'Violent demonstration',
    ],
    [
      'a pro-government militia named right after its verb of capture regains ground for the government',
      {
        text: 'سيطرت المقاومة الشعبية يوم السبت على مدينة الضالع.',
        mentions: [['الضالع', placeEntity('Ad Dali', 'YE')]],
      },
      'Government regains territory',
    ],
    [
      'a town liberated by troops is ground regained',
      {
        text: 'حرر الجيش مدينة تكريت أمس.',
        mentions: [['تكريت', placeEntity('Tikrit', 'IQ')]],
      },
      'Government regains territory',
    ],
    [
      'a counterattack that kills troops is a battle, whoever struck first',
      {
        text: 'Over 20 soldiers died in a counterattack near Palmyra on Sunday.',
        mentions: [['Palmyra', placeEntity('Palmyra', 'SY')]],
      },
      'Armed clash',
    ],
    [
      "a force's counter-attack with no one harmed is a battle, not an attack",
      {
        text: 'Government forces launched a counter attack near Palmyra on Sunday, a monitor said.',
        mentions: [['Palmyra', placeEntity('Palmyra', 'SY')]],
      },
      'Armed clash',
    ],
    [
      'violence breaking out between communities is mob violence',
      {
        text: 'Violence broke out between two communities in Valsad on Sunday.',
        mentions: [['Valsad', placeEntity('Valsad', 'IN')]],
      },
      'Mob violence',
    ],
    [
      'stone throwing at the police is a violent demonstration',
      {
        text: 'Youths resorted to stone throwing at the police in Valsad.',
        mentions: [['Valsad', placeEntity('Valsad', 'IN')]],
      },
      'Violent demonstration',
    ],
    [
      'setting fire to an office is arson even with no place named',
      { text: 'Masked men set fire to the offices of the party overnight.' },
      'Looting/property destruction',
    ],
    [
      'a man shot several times is an attack even with no place named',
      { text: 'A journalist was shot several times as he left his home.' },
      'Attack',
    ],
    [
      'rebels breaking a siege take ground, they do not regain it for the government',
      {
        text: 'Rebel fighters broke the siege on the eastern districts of Aleppo on Saturday.',
        mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]],
      },
      'Non-state actor overtakes territory',
    ],
    [
      'an airport liberated by its taker, the place named as its object, is ground taken',
      {
        text: 'وأعلنت المقاومة الشعبية تحريرها مطار عدن الدولي أمس.',
        mentions: [['عدن', placeEntity('Aden', 'YE')]],
      },
      'Government regains territory',
    ],
    [
      'an armed group seizing people abducts them, it does not arrest them',
      {
        text: 'اعتقل تنظيم داعش 20 شابا في مدينة الرقة.',
        mentions: [
          ['تنظيم داعش', actorEntity('Islamic State')],
          ['الرقة', placeEntity('Raqqa', 'SY')],
        ],
      },
      'Abduction/forced disappearance',
    ],
    [
      'security operations launched by the gendarmerie are a round-up, not a battle',
      {
        text: 'شنت قوات الدرك فجر اليوم خمس عمليات أمنية في مدينة أنقرة ضد عناصر حزب العمال الكردستاني.',
        mentions: [
          ['حزب العمال الكردستاني', actorEntity('Kurdistan Workers Party')],
          ['أنقرة', placeEntity('Ankara', 'TR')],
        ],
      },
      'Arrests',
    ],
  ])('%s', (_, spec, expected) => {
    expect(firstSubType(spec)).toBe(expected);
  });

  it('an air force general who tells the toll is no air strike', () => {
    const spec = {
      text: 'وقال جنرال في القوات الجوية إن 12 جنديا قتلوا في ولاية زابل.',
      mentions: [['زابل', placeEntity('Zabul', 'AF')]],
    } satisfies FixtureSpec;
    const sub = firstSubType(spec);
    // The killing itself is still an event; only its typing as an air strike is wrong.
    expect(sub).toBeDefined();
    expect(sub).not.toBe('Air/drone strike');
  });
});

describe('armed men counted among the dead', () => {
  const mentions: FixtureSpec['mentions'] = [['كركوك', placeEntity('Kirkuk', 'IQ')]];

  it.each([
    [
      'fighters counted dead make a fight',
      'هاجم مسلحون مبنيين في كركوك أمس وقتلوا 50 مقاتلا.',
      'Armed clash',
    ],
    ['rebels counted dead too', 'أسفر هجوم على موقع في كركوك أمس عن مقتل 14 متمردا.', 'Armed clash'],
    [
      'civilians counted dead are an attack on them',
      'هاجم مسلحون مبنيين في كركوك أمس وقتلوا 50 مدنيا.',
      'Attack',
    ],
  ])('%s', (_, text, sub) => {
    expect(firstSubType({ text, mentions })).toBe(sub);
  });
});

import { describe, expect, it } from 'vitest';
import { resolvedEvents, subTypesOf } from '../../../test/support/resolved-events.js';
import type { TimeExpression } from '../../core/records.js';
import { type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

type Time = Omit<TimeExpression, 'span'>;

const houthis = actorEntity('Houthi Movement');
const aden = placeEntity('Aden', 'YE');
const ahmedabad = placeEntity('Ahmedabad', 'IN');

describe('clauses that tell a practice, a duty, a requirement or an accusation', () => {
  it.each<[string, FixtureSpec]>([
    [
      'shelling told as done every day',
      {
        text: 'والميليشيات الحوثية تقصف الأحياء السكنية بشكل يومي في عدن ولحج.',
        mentions: [
          ['الحوثية', houthis],
          ['عدن', aden],
          ['لحج', placeEntity('Lahij', 'YE')],
        ],
      },
    ],
    [
      'blasts told as almost weekly',
      {
        text: 'وباتت تفجيرات السيارات المفخخة أمرا شبه أسبوعي في عدن.',
        mentions: [['عدن', aden]],
      },
    ],
    [
      'shelling told as done every week',
      {
        text: 'وتتعرض قرى الساحل للقصف أسبوعيا من مواقع الحوثيين قرب عدن.',
        mentions: [
          ['الحوثيين', houthis],
          ['عدن', aden],
        ],
      },
    ],
    [
      'a battle that must be fought',
      {
        text: 'إنها معركة يجب أن تخاض ضد الفكر المتطرف في سوريا.',
        mentions: [['سوريا', placeEntity('Syria', 'SY', 'country')]],
      },
    ],
    [
      'a battle said not to be one',
      {
        text: 'والمواجهة مع التطرف في سوريا ليست معركة سهلة.',
        mentions: [['سوريا', placeEntity('Syria', 'SY', 'country')]],
      },
    ],
    [
      'a fight an outcome is still to settle',
      {
        text: 'وانضمام المتطوعين سيساعد كثيرا في حسم المواجهات في عدن.',
        mentions: [['عدن', aden]],
      },
    ],
    [
      'arrests a rights group accuses a state of as a practice',
      {
        text: 'واتهمت منظمة حقوقية دولية السلطات في إسرائيل باستخدام القوة المفرطة لاعتقال أطفال.',
        mentions: [['إسرائيل', placeEntity('Israel', 'IL', 'country')]],
      },
    ],
    [
      "a speaker's people fighting among themselves as a generality",
      {
        text: 'A professor in Mumbai said the country cannot prosper while we are fighting among ourselves.',
        mentions: [['Mumbai', placeEntity('Mumbai', 'IN')]],
      },
    ],
  ])('gives no event for %s', (_, spec) => {
    expect(subTypesOf(spec)).toEqual([]);
  });

  it('drops arrests a requirement asks for, and keeps the bombing told before it', () => {
    const types = subTypesOf({
      text:
        'وقال الوزير إن ما جرى في الكويت من تفجير للمساجد وقع اليوم في البحرين، وقد يتكرر في بلدان أخرى، ' +
        'مما يتطلب تنسيق الجهود والتعاون مع الأجهزة الأمنية في المنطقة لملاحقة هؤلاء الإرهابيين والقبض عليهم.',
      mentions: [
        ['الكويت', placeEntity('Kuwait', 'KW', 'country')],
        ['البحرين', placeEntity('Bahrain', 'BH', 'country')],
      ],
      times: [['اليوم', { value: '2015-08-09', precision: 'day', reason: 'today' }]],
    });
    expect(types).toEqual(['Remote explosive/landmine/IED']);
  });

  it.each<[string, FixtureSpec]>([
    [
      'واعتقلت الشرطة رجل أعمال في مطار روما وبحوزته مبلغ كبير. وصادرت الشرطة المبلغ بسبب مخالفة قوانين غسل الأموال.',
      { text: '', mentions: [['روما', placeEntity('Rome', 'IT')]] },
    ],
    [
      'Police arrested a trader at the airport in Mumbai on charges of money laundering.',
      { text: '', mentions: [['Mumbai', placeEntity('Mumbai', 'IN')]] },
    ],
  ])('gives no event for an arrest over a financial crime: %s', (text, spec) => {
    expect(subTypesOf({ ...spec, text })).toEqual([]);
  });

  it('keeps an accused shelling told with its town', () => {
    const types = subTypesOf({
      text: 'واتهمت الحكومة الحوثيين بقصف حي سكني في عدن.',
      mentions: [
        ['الحوثيين', houthis],
        ['عدن', aden],
      ],
    });
    expect(types).toEqual(['Shelling/artillery/missile attack']);
  });

  it('keeps shelling told once, on a day', () => {
    const types = subTypesOf({
      text: 'وقصفت الميليشيات الحوثية الأحياء السكنية في عدن يوم الاثنين.',
      mentions: [
        ['الحوثية', houthis],
        ['عدن', aden],
      ],
    });
    expect(types).toEqual(['Shelling/artillery/missile attack']);
  });
});

describe('a wave alluded to', () => {
  /** The sentences an Ahmedabad riot told first takes as its evidence. */
  function evidenceOf(allusion: string): string[] {
    const text = `A mob set fire to ten shops in Ahmedabad. ${allusion}`;
    const wednesday: Time = { value: '2002-03-20', precision: 'day', reason: 'weekday' };
    const times: [string, Time][] = allusion.includes('on Wednesday') ? [['on Wednesday', wednesday]] : [];
    const gujarat = placeEntity('Gujarat', 'IN', 'region');
    const mentions: FixtureSpec['mentions'] = [['Ahmedabad', ahmedabad]];
    if (allusion.includes('Gujarat')) mentions.push(['Gujarat', gujarat]);
    const events = resolvedEvents({ text, mentions, times });
    return events.flatMap((e) => e.evidence.map(([a, b]) => text.slice(a, b).trim()));
  }

  it.each([
    'Factories that lost output during the riots have asked for tax relief.',
    'The minister said on Friday that the recent communal riots had barely touched exports.',
    'The riots broke out in this very street, a resident recalled.',
    'Figures show that Gujarat has kept growing despite the past riots.',
  ])('does not take a definite riot noun with nothing of its own for a telling: %s', (allusion) => {
    expect(evidenceOf(allusion)).toEqual(['A mob set fire to ten shops in Ahmedabad.']);
  });

  it('keeps a killing told with the riots that followed it', () => {
    const types = subTypesOf({
      text: 'The party blamed its rivals for ignoring the killing of the kar sevaks in Godhra and called the resultant riots an outburst of anger.',
      mentions: [['Godhra', placeEntity('Godhra', 'IN')]],
    });
    expect(types).toHaveLength(1);
  });

  it('keeps riots told with their town', () => {
    expect(
      subTypesOf({ text: 'The riots in Ahmedabad left shops burnt.', mentions: [['Ahmedabad', ahmedabad]] }),
    ).toEqual(['Mob violence']);
  });

  it('drops similar killings told for a whole year, and keeps those of a day', () => {
    const syria = placeEntity('Syria', 'SY', 'country');
    const isis = actorEntity('Islamic State');
    const year: Time = { value: '2017', precision: 'year', reason: 'this year' };
    const day: Time = { value: '2017-04-03', precision: 'day', reason: 'weekday' };
    const told = (text: string, when: string, time: Time) =>
      subTypesOf({
        text,
        mentions: [
          ['Syria', syria],
          ['Daesh', isis],
        ],
        times: [[when, time]],
      });
    expect(told('Daesh has staged such killings in Syria this year.', 'this year', year)).toEqual([]);
    expect(told('Daesh carried out similar killings in Syria on Monday.', 'on Monday', day)).toEqual([
      'Attack',
    ]);
  });
});

describe('policies aimed at a kind of act, and acts told as a practice', () => {
  const kabul = placeEntity('Kabul', 'AF');
  const cairo = placeEntity('Cairo', 'EG');
  it.each<[string, FixtureSpec]>([
    [
      'troops deployed to guard against attacks',
      {
        text: 'The army deployed 500 troops in Kabul to guard against attacks on schools.',
        mentions: [['Kabul', kabul]],
      },
    ],
    [
      'a strike a trip was made to avert',
      {
        text: 'وقال المؤرخ إن الملك زار القاهرة لاتقاء ضربة عسكرية من جيرانه.',
        mentions: [['القاهرة', cairo]],
      },
    ],
    [
      'a strike a side says it needs',
      {
        text: 'وقال القائد إن القاهرة تحتاج إلى ضربة جوية على مواقع المتمردين.',
        mentions: [['القاهرة', cairo]],
      },
    ],
    [
      'the men suspected of an assassination',
      {
        text: 'وجمدت القاهرة أرصدة المشتبه في اغتيالهم رجل الأعمال المعروف.',
        mentions: [['القاهرة', cairo]],
      },
    ],
    [
      'measures to keep bombings from happening',
      { text: 'عززت الشرطة الإجراءات في القاهرة للحيلولة دون وقوع تفجيرات.', mentions: [['القاهرة', cairo]] },
    ],
    [
      'arrests told as a systematic practice',
      {
        text: 'قالت المنظمة إن الشرطة في القاهرة تعتقل الناشطين بشكل ممنهج.',
        mentions: [['القاهرة', cairo]],
      },
    ],
    [
      'arrests told as done systematically',
      {
        text: 'Police in Cairo systematically arrested activists, the rights group said.',
        mentions: [['Cairo', cairo]],
      },
    ],
    [
      'troops preparing for an assault',
      {
        text: 'Troops massed outside Kabul on Monday, preparing for an assault on the rebel positions.',
        mentions: [['Kabul', kabul]],
      },
    ],
    [
      'preparations for an attack',
      {
        text: 'The army completed preparations for an attack on the rebels in Kabul.',
        mentions: [['Kabul', kabul]],
      },
    ],
    [
      'residents bracing for air strikes',
      { text: 'Residents of Kabul were bracing for air strikes on Monday.', mentions: [['Kabul', kabul]] },
    ],
    [
      'such strikes as a kind',
      { text: 'Civilian deaths from such strikes in Kabul are not uncommon.', mentions: [['Kabul', kabul]] },
    ],
  ])('finds no incident in %s', (_, spec) => {
    expect(subTypesOf(spec)).toEqual([]);
  });

  it('keeps arrests made to stop attacks', () => {
    const spec = {
      text: 'Police arrested 5 men in Kabul on Monday to stop attacks on schools.',
      mentions: [['Kabul', kabul]],
    };
    expect(subTypesOf(spec as FixtureSpec)).toEqual(['Arrests']);
  });

  it('keeps a strike made once a green light was given', () => {
    const spec: FixtureSpec = {
      text: 'وبعد أن أعطى الوزير القوات الضوء الأخضر، قصفت المدفعية مواقع المتمردين في القاهرة يوم الأحد.',
      mentions: [['القاهرة', cairo]],
    };
    expect(subTypesOf(spec)).toEqual(['Shelling/artillery/missile attack']);
  });
});

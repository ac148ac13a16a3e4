import { describe, expect, it } from 'vitest';
import type { TimeExpression } from '../../core/records.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const duhok = placeEntity('Duhok', 'IQ');

function datesOf(spec: FixtureSpec) {
  return resolvedEvents(spec).map((e) => `${e.sub_event_type?.value} ${e.date?.value ?? null}`);
}

describe('the day an incident is dated by', () => {
  it.each([
    ['وذكر التنظيم في بيان يحمل تاريخ اليوم أن مقاتليه هاجموا موقعا للجيش في دهوك.', 'اليوم'],
    ['In a statement dated Monday, the group said its fighters attacked an army post in Duhok.', 'Monday'],
  ])('leaves the day a statement bears to the statement: %s', (text, when) => {
    const doc: FixtureSpec = {
      text,
      published: '2015-07-21',
      mentions: [[text.includes('Duhok') ? 'Duhok' : 'دهوك', duhok]],
      times: [[when, { value: '2015-07-20', precision: 'day', reason: 'test' }]],
    };
    // Undated itself, the attack takes the day the article was published.
    expect(datesOf(doc)).toEqual(['Armed clash 2015-07-21']);
  });

  it('dates fighting by the day it broke out, not the day it went on until', () => {
    const text =
      'تجددت الاشتباكات عصر أمس الثلاثاء بين قوات الجيش والحوثيين في مدينة مأرب، وتواصلت المعارك حتى فجر اليوم الأربعاء.';
    const doc: FixtureSpec = {
      text,
      published: '2016-03-09',
      mentions: [
        ['الحوثيين', actorEntity('Houthi Movement')],
        ['مأرب', placeEntity('Marib', 'YE')],
      ],
      times: [
        ['عصر أمس الثلاثاء', { value: '2016-03-08', precision: 'day', reason: 'test' }],
        ['فجر اليوم الأربعاء', { value: '2016-03-09', precision: 'day', reason: 'test' }],
      ],
    };
    expect(datesOf(doc)).toEqual(['Armed clash 2016-03-08']);
  });

  it('keeps a day told with a bare «بتاريخ» for the incident, and leaves one a letter bears to the letter', () => {
    const dated = (text: string): FixtureSpec => ({
      text,
      published: '2015-07-21',
      mentions: [['دهوك', duhok]],
      times: [['5 يوليو', { value: '2015-07-05', precision: 'day', reason: 'test' }]],
    });
    expect(datesOf(dated('هاجم مسلحون موقعا للجيش في دهوك بتاريخ 5 يوليو.'))).toEqual([
      'Armed clash 2015-07-05',
    ]);
    expect(
      datesOf(dated('وقال التنظيم في رسالة بتاريخ 5 يوليو إن مقاتليه هاجموا موقعا للجيش في دهوك.')),
    ).toEqual(['Armed clash 2015-07-21']);
  });

  it('prefers the day the strike happened to the day a statement told of it', () => {
    const doc: FixtureSpec = {
      text: 'The ministry said in a statement on 25 July that jets bombed rebel camps near Duhok last night.',
      published: '2015-07-25',
      mentions: [['Duhok', duhok]],
      times: [
        ['on 25 July', { value: '2015-07-25', precision: 'day', reason: 'day and month' }],
        ['last night', { value: '2015-07-24', precision: 'day', reason: 'reference date − 1 days' }],
      ],
    };
    expect(datesOf(doc)).toEqual(['Air/drone strike 2015-07-24']);
  });

  it('leaves the year of the bombing a clause after a shooting tells to that bombing', () => {
    const doc: FixtureSpec = {
      text: 'Masked men shot dead two guards near a school that was bombed last year in Duhok, police said on Monday.',
      published: '2015-07-21',
      mentions: [['Duhok', duhok]],
      times: [
        ['last year', { value: '2014', precision: 'year', reason: 'year relative' }],
        ['on Monday', { value: '2015-07-20', precision: 'day', reason: 'latest such weekday' }],
      ],
    };
    expect(datesOf(doc)).not.toContain('Attack 2014');
  });

  it('prefers the day the strike happened to the day written before the verb of saying', () => {
    const doc: FixtureSpec = {
      text: 'The army on Monday said its jets had bombed rebel camps in the hills near Duhok on Saturday.',
      published: '2015-07-21',
      mentions: [['Duhok', duhok]],
      times: [
        ['on Monday', { value: '2015-07-20', precision: 'day', reason: 'latest such weekday' }],
        ['on Saturday', { value: '2015-07-18', precision: 'day', reason: 'latest such weekday' }],
      ],
    };
    expect(datesOf(doc)).toEqual(['Air/drone strike 2015-07-18']);
  });

  it.each(['said', 'reported'])(
    'does not date an incident by the weekday it was %s on, told after it',
    (verb) => {
      const friday = {
        value: '2015-07-24',
        precision: 'day',
        reason: 'latest such weekday on or before the reference date',
      } as const;
      const doc: FixtureSpec = {
        text: `Jets bombed rebel camps near Duhok, a monitoring group ${verb} Friday.`,
        published: '2015-07-25',
        mentions: [['Duhok', duhok]],
        times: [['Friday', friday]],
      };
      expect(datesOf(doc)).toEqual(['Air/drone strike 2015-07-25']);
    },
  );

  it('does not date an Arabic incident by the weekday its announcement was made on, its subject between', () => {
    const weekday = (value: string) => ({ value, precision: 'day', reason: 'latest such weekday' }) as const;
    const doc: FixtureSpec = {
      text:
        'قتل ثلاثة جنود في كمين نصبه مسلحون قرب دهوك، كما أعلنت وزارة الدفاع مساء الأحد. ' +
        'وقالت الوزارة في بيان إنه عصر السبت وقعت دورية للجيش في كمين على طريق دهوك.',
      published: '2015-07-21',
      mentions: [['دهوك', duhok]],
      times: [
        ['مساء الأحد', weekday('2015-07-19')],
        ['عصر السبت', weekday('2015-07-18')],
      ],
    };
    expect(datesOf(doc)).toEqual(['Armed clash 2015-07-18']);
  });

  it('dates the act told after a recalled killing by the month before both', () => {
    const doc: FixtureSpec = {
      text: 'In August 2013, when the union made the same appeal after pilgrims were killed, activists torched shops in Duhok.',
      published: '2015-07-25',
      mentions: [['Duhok', duhok]],
      times: [['August 2013', { value: '2013-08', precision: 'month', reason: 'explicit date' }]],
    };
    expect(resolvedEvents(doc).map((e) => e.date?.value ?? null)).toEqual(['2013-08']);
  });

  it('dates a wire report by the weekday of the statement that heads it', () => {
    const monday = {
      value: '2015-07-20',
      precision: 'day',
      reason: 'latest such weekday on or before the reference date',
    } as const;
    const doc: FixtureSpec = {
      text: 'A local source said Monday that jets bombed rebel camps near Duhok.',
      published: '2015-07-25',
      mentions: [['Duhok', duhok]],
      times: [['Monday', monday]],
    };
    expect(datesOf(doc)).toEqual(['Air/drone strike 2015-07-20']);
  });

  it.each([
    ["Police arrested 40 men in Duhok following Wednesday's violence.", 'Arrests 2015-07-25'],
    [
      "Wednesday's bombing of a market in Duhok killed 12 people.",
      'Remote explosive/landmine/IED 2015-07-22',
    ],
  ])('dates by a day in the possessive only the incident it names: %s', (text, dated) => {
    const wednesday = { value: '2015-07-22', precision: 'day', reason: 'latest such weekday' } as const;
    const doc: FixtureSpec = {
      text,
      published: '2015-07-25',
      mentions: [['Duhok', duhok]],
      times: [['Wednesday', wednesday]],
    };
    expect(datesOf(doc)).toEqual([dated]);
  });

  it('dates an incident told in a part of a Hijri month by the Gregorian month it falls in', () => {
    const doc: FixtureSpec = {
      text: 'A car bomb exploded near a market in Duhok in the last ten days of Ramadan.',
      published: '2015-07-31',
      mentions: [['Duhok', duhok]],
      times: [
        [
          'the last ten days of Ramadan',
          { value: '2015-07-08', end: '2015-07-16', precision: 'day', reason: 'Hijri month; late part' },
        ],
      ],
    };
    expect(datesOf(doc)).toEqual(['Remote explosive/landmine/IED 2015-07']);
  });

  const run = (
    words: string,
    value: string,
    end: string,
    precision: 'day' | 'month' = 'day',
  ): [string, Omit<TimeExpression, 'span'>] => [words, { value, end, precision, reason: 'a run' }];

  it.each([
    // A whole Hijri month across two Gregorian months: the year; weighed from its middle (2 July), history.
    ['during Ramadan', '2015-06-18', '2015-07-16', 'day', '2015-08-20', '2015 historical'],
    ['during Ramadan', '2015-06-18', '2015-07-16', 'day', '2015-07-20', '2015 current'],
    ['the middle ten days of Ramadan', '2015-06-28', '2015-07-07', 'day', '2015-07-31', '2015 current'],
    // Three weeks of one month: that month.
    ['between 3 and 28 June', '2015-06-03', '2015-06-28', 'day', '2015-07-10', '2015-06 current'],
    // A season: its year.
    ['in the summer of 2014', '2014-06', '2014-08', 'month', '2015-07-30', '2014 historical'],
  ] as const)('dates an incident told by a stretch of weeks (%s) by its month or year', (...c) => {
    const [words, value, end, precision, published, expected] = c;
    const doc: FixtureSpec = {
      text: `Gunmen kidnapped two road engineers outside Duhok ${words}.`,
      published,
      mentions: [['Duhok', duhok]],
      times: [run(words, value, end, precision)],
    };
    const [e] = resolvedEvents(doc);
    expect(`${e.date?.value} ${e.timing?.value}`).toBe(expected);
  });

  it('still dates an incident told by a run of a few days by its first day before merging', () => {
    const doc: FixtureSpec = {
      text: 'Gunmen kidnapped two road engineers outside Duhok between Monday and Wednesday.',
      published: '2015-07-30',
      mentions: [['Duhok', duhok]],
      times: [run('between Monday and Wednesday', '2015-07-27', '2015-07-29')],
    };
    expect(datesOf(doc)).toEqual(['Abduction/forced disappearance 2015-07']);
  });

  it('dates an incident told in a part of a month by that month', () => {
    const doc: FixtureSpec = {
      text: 'The shelling comes amid a ceasefire which came into force in Syria in late December 2016.',
      published: '2017-04-16',
      mentions: [['Syria', placeEntity('Syria', 'SY', 'country')]],
      times: [
        [
          'late December 2016',
          { value: '2016-12-21', end: '2016-12-31', precision: 'day', reason: 'explicit date; late part' },
        ],
      ],
    };
    const truce = resolvedEvents(doc).find((e) => e.sub_event_type?.value === 'Agreement');
    expect([truce?.date?.value, truce?.timing?.value]).toEqual(['2016-12', 'historical']);
  });

  it('does not take a span counted from the start of the act itself for a recalled incident', () => {
    const doc: FixtureSpec = {
      text: 'The offensive ended five days after its start and heavy fighting raged between the army and rebels in Aleppo.',
      published: '2016-06-30',
      mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]],
    };
    expect(resolvedEvents(doc).map((e) => e.timing?.value)).toEqual(['current']);
  });
});

describe('the day of a statement that blames or judges an incident', () => {
  const tuesday = { value: '2015-07-21', precision: 'day', reason: 'latest such weekday' } as const;

  it('dates the incident by the month only: the blame came after it', () => {
    const doc: FixtureSpec = {
      text: 'The envoy said on Tuesday that every finding showed the militia was behind the bombing of a bus station in Duhok.',
      published: '2015-07-22',
      mentions: [['Duhok', duhok]],
      times: [['on Tuesday', tuesday]],
    };
    expect(datesOf(doc)).toEqual(['Remote explosive/landmine/IED 2015-07']);
  });

  it('reads an Arabic report that calls the shelling a war crime, its speaker between verb and day', () => {
    const doc: FixtureSpec = {
      text: 'قالت منظمة حقوقية دولية يوم الثلاثاء إن مسلحين قصفوا أحياء سكنية في دهوك بشكل عشوائي فيما قد يرقى إلى جرائم حرب.',
      published: '2015-07-22',
      mentions: [['دهوك', duhok]],
      times: [['يوم الثلاثاء', tuesday]],
    };
    expect(datesOf(doc)).toEqual(['Shelling/artillery/missile attack 2015-07']);
  });

  it('keeps the day when the blame closes a report of the incident', () => {
    const doc: FixtureSpec = {
      text: 'The ministry said on Tuesday that a roadside bomb killed three soldiers near Duhok, holding the militia responsible for it.',
      published: '2015-07-22',
      mentions: [['Duhok', duhok]],
      times: [['on Tuesday', tuesday]],
    };
    expect(datesOf(doc)).toEqual(['Remote explosive/landmine/IED 2015-07-21']);
  });
});

describe('a date after «منذ», where a span of time starts', () => {
  it('dates no incident of the clause: a town retaken in a campaign waged since then is not retaken that day', () => {
    const text = 'ويخوض الجيش منذ 12 مارس حملة ضد المتمردين أسهمت في استعادة دهوك.';
    const doc: FixtureSpec = {
      text,
      published: '2015-07-21',
      mentions: [['دهوك', duhok]],
      times: [['12 مارس', { value: '2015-03-12', precision: 'day', reason: 'test' }]],
    };
    // Undated itself, the retaking takes the day the article was published.
    expect(datesOf(doc)).toEqual(['Government regains territory 2015-07-21']);
  });
});

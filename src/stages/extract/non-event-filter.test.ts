import { describe, expect, it } from 'vitest';
import { resolvedEvents, subTypesOf } from '../../../test/support/resolved-events.js';
import { type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const killed = (value: number) => ({ value, qualifier: 'exact' as const, role: 'killed' as const });

describe('clauses that tell no incident', () => {
  it.each<[string, FixtureSpec]>([
    [
      'a running total since a date',
      {
        text: 'At least 17 soldiers have been killed in Hakkari since 22 July.',
        mentions: [['Hakkari', placeEntity('Hakkari', 'TR')]],
        quantities: [['17 soldiers', killed(17)]],
      },
    ],
    [
      'thousands dead told by a killing word alone',
      {
        text: 'ونعى المحافظ مقتل 1850 شخصا من سكان الموصل على يد التنظيم.',
        mentions: [['الموصل', placeEntity('Mosul', 'IQ')]],
        quantities: [['1850 شخصا', killed(1850)]],
      },
    ],
    [
      'a running total of arrests',
      {
        text: 'So far, 90 people have been arrested in Surat in connection with the violence.',
        mentions: [['Surat', placeEntity('Surat', 'IN')]],
        quantities: [['90 people', { value: 90, qualifier: 'exact', role: 'arrested' }]],
      },
    ],
    [
      'deaths in a natural disaster told with weak words',
      {
        text: 'The cyclone has left at least 300 people dead in Chittagong, the worst hit district.',
        mentions: [['Chittagong', placeEntity('Chittagong', 'BD')]],
        quantities: [['300 people', killed(300)]],
      },
    ],
    [
      'deaths in a stampede',
      {
        text: 'قتل 11 شخصا في تدافع خلال مهرجان ديني في مدينة راجامندري.',
        mentions: [['راجامندري', placeEntity('Rajahmundry', 'IN')]],
        quantities: [['11 شخصا', killed(11)]],
      },
    ],
    [
      'a court ruling on a past bombing',
      {
        text: 'A court in Cairo sentenced five men over the bombing of a church.',
        mentions: [['Cairo', placeEntity('Cairo', 'EG')]],
      },
    ],
    [
      'a subjunctive verb after أن',
      {
        text: 'وتوقع المسؤول أن يهاجم التنظيم مدينة إيلات.',
        mentions: [
          ['التنظيم', actorEntity('Islamic State')],
          ['إيلات', placeEntity('Eilat', 'IL')],
        ],
      },
    ],
    [
      'a verb to come after حتى',
      {
        text: 'وسيبقى الجنود حتى يقصفوا مدينة إيلات.',
        mentions: [['إيلات', placeEntity('Eilat', 'IL')]],
      },
    ],
    [
      'an act told as part of a whole war',
      {
        text: 'Israel seized the plateau of Quneitra in the 1967 war with its neighbours.',
        mentions: [['Quneitra', placeEntity('Quneitra', 'SY')]],
      },
    ],
    [
      'a ceasefire line, which is a place',
      {
        text: 'The village of Hadar lies on the ceasefire line in Quneitra.',
        mentions: [['Quneitra', placeEntity('Quneitra', 'SY')]],
      },
    ],
    [
      'a related-stories link',
      {
        text: 'Related: Gunmen attack police post in Arish.',
        mentions: [['Arish', placeEntity('Arish', 'EG')]],
      },
    ],
    [
      'a related-stories widget run into a caption',
      {
        text: 'Photo AP Print Tweet Views 310 Related Rebels shell suburbs of Aleppo.',
        mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]],
      },
    ],
    [
      'a wave of riots named after a whole state',
      {
        text: 'Party leaders spoke about the Gujarat riots in Delhi.',
        mentions: [
          ['Gujarat', placeEntity('Gujarat', 'IN', 'region')],
          ['Delhi', placeEntity('Delhi', 'IN')],
        ],
      },
    ],
    [
      'a wave of riots told as in a whole state',
      {
        text: 'Party leaders in Delhi spoke about the riots in Gujarat.',
        mentions: [
          ['Delhi', placeEntity('Delhi', 'IN')],
          ['Gujarat', placeEntity('Gujarat', 'IN', 'region')],
        ],
      },
    ],
    [
      'a toll counted over a span of days',
      {
        text: 'وفي الفترة من 3 يونيو الماضي وحتى العاشر من الشهر الجاري، قتل 40 جنديا في هجمات بمحافظة الأنبار.',
        mentions: [['الأنبار', placeEntity('Anbar', 'IQ', 'region')]],
        quantities: [['40 جنديا', killed(40)]],
        times: [
          ['3 يونيو الماضي', { value: '2015-06-03', precision: 'day', reason: 'fixture' }],
          ['العاشر من الشهر الجاري', { value: '2015-07-10', precision: 'day', reason: 'fixture' }],
        ],
      },
    ],
    [
      'a toll counted over a range of days',
      {
        text: 'Between 1 and 20 May, 40 soldiers were killed in attacks in Anbar.',
        mentions: [['Anbar', placeEntity('Anbar', 'IQ', 'region')]],
        quantities: [['40 soldiers', killed(40)]],
        times: [
          [
            '1 and 20 May',
            { value: '2015-05-01', end: '2015-05-20', precision: 'day', reason: 'range of days' },
          ],
        ],
      },
    ],
    [
      'a toll told over the same period as the one before',
      {
        text: 'وشهدت نفس الفترة مقتل 11 مسلحا خلال اشتباكات مع قوات الأمن في ديار بكر.',
        mentions: [['ديار بكر', placeEntity('Diyarbakir', 'TR')]],
        quantities: [['11 مسلحا', killed(11)]],
      },
    ],
    [
      'strikes told at a rate',
      {
        text: 'The bombers carry out up to 90 strikes per day on militant depots near Mayadin.',
        mentions: [['Mayadin', placeEntity('Al-Mayadin', 'SY')]],
      },
    ],
    [
      'past attacks told in bulk',
      {
        text: 'The market in Kirkuk had been the target of previous attacks.',
        mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
      },
    ],
    [
      'strikes named as a phase of a campaign',
      {
        text: 'He said fighters pushed out of Afghanistan in the first phase of US strikes had reached Pakistan.',
        mentions: [['Afghanistan', placeEntity('Afghanistan', 'AF', 'country')]],
      },
    ],
    [
      'a wave of riots named after a state, in a sentence a year dates for something else',
      {
        text: 'Last year the mayor quarrelled with the premier, and he now backs his line on the Gujarat riots.',
        mentions: [['Gujarat', placeEntity('Gujarat', 'IN', 'region')]],
        times: [['Last year', { value: '2001', precision: 'year', reason: 'fixture' }]],
      },
    ],
    [
      'raids told as where the toll of a campaign came from',
      {
        text: 'The push against the militants around Tabqa has exacted a grim civilian toll from Turkish and allied bombing.',
        mentions: [['Tabqa', placeEntity('Tabqa', 'SY')]],
      },
    ],
    [
      'strikes told as what a campaign cost in lives',
      {
        text: 'The offensive on Raqqa has already claimed hundreds of civilian lives in coalition air strikes.',
        mentions: [['Raqqa', placeEntity('Raqqa', 'SY')]],
      },
    ],
    [
      'riots whose toll a relative clause tells as what they have cost so far',
      {
        text: 'those arrested for the post-sitapur riots, which have claimed over 300 lives, were charged under the penal code.',
        mentions: [['sitapur', placeEntity('Sitapur', 'IN')]],
        quantities: [['300 lives', killed(300)]],
      },
    ],
    [
      'attacks told as a cycle of reprisals between two sides',
      {
        text: 'The killings were the newest turn in a spiral of tit-for-tat raids that troops and rebels trade near Idlib.',
        mentions: [['Idlib', placeEntity('Idlib', 'SY')]],
      },
    ],
    [
      'a mob the police kept a crowd from turning into',
      {
        text: 'Quick police work in Gaya kept the marchers from turning into an unruly mob.',
        mentions: [['Gaya', placeEntity('Gaya', 'IN')]],
      },
    ],
    [
      'clashes a side avoided',
      {
        text: 'The party kept to its plan in Gaya and avoided the bloody clashes which many desired.',
        mentions: [['Gaya', placeEntity('Gaya', 'IN')]],
      },
    ],
    [
      'towns hit by a flood',
      {
        text: 'Three towns were hit by floods in Sindh.',
        mentions: [['Sindh', placeEntity('Sindh', 'PK', 'region')]],
      },
    ],
  ])('gives no event for %s', (_, spec) => {
    expect(subTypesOf(spec)).toEqual([]);
  });

  it('keeps the strike a campaign is said to have cost lives in when it has a day and a toll of its own', () => {
    const text =
      'The offensive has cost more lives: coalition air strikes killed 14 people in Raqqa on Sunday.';
    const spec = {
      text,
      mentions: [['Raqqa', placeEntity('Raqqa', 'SY')]],
      quantities: [['14 people', killed(14)]],
      times: [['on Sunday', { value: '2017-10-08', precision: 'day', reason: 'fixture' }]],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toEqual(['Air/drone strike']);
  });

  it('keeps riots whose relative clause tells their toll in the simple past', () => {
    const spec = {
      text: 'The riots in Sitapur, which claimed 12 lives, broke out on Monday.',
      mentions: [['Sitapur', placeEntity('Sitapur', 'IN')]],
      quantities: [['12 lives', killed(12)]],
      times: [['on Monday', { value: '2002-03-11', precision: 'day', reason: 'fixture' }]],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toEqual(['Mob violence']);
  });

  it('keeps a bomb found in time, though the finding is told as a blast averted', () => {
    const text = 'Police in Gaya averted disaster on Monday when they found a bomb under a bus seat.';
    const spec = {
      text,
      mentions: [['Gaya', placeEntity('Gaya', 'IN')]],
      times: [['on Monday', { value: '2002-03-11', precision: 'day', reason: 'fixture' }]],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toEqual(['Disrupted weapons use']);
  });

  it('keeps riots the police are told to have put down in a town on a day', () => {
    const text = 'Police controlled the riots in Vadodara on Sunday after a mob torched two shops.';
    const spec = {
      text,
      mentions: [['Vadodara', placeEntity('Vadodara', 'IN')]],
      times: [['on Sunday', { value: '2002-03-10', precision: 'day', reason: 'fixture' }]],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toHaveLength(1);
  });

  it('keeps a few counted attacks in a whole province, as no wave named after it', () => {
    const region = placeEntity('Narathiwat', 'TH', 'region');
    expect(
      subTypesOf({
        text: 'Rebels carried out three arson attacks in Narathiwat province.',
        mentions: [['Narathiwat', region]],
      }),
    ).toEqual(['Looting/property destruction']);
    expect(
      subTypesOf({
        text: 'Party leaders spoke about the arson attacks in Narathiwat province.',
        mentions: [['Narathiwat', region]],
      }),
    ).toEqual([]);
  });

  it('drops the incidents a sentence then declares to be rumours, and keeps those told after it', () => {
    const types = subTypesOf({
      text:
        'A bus was torched in Kanpur. Two traders were stabbed near the old market in Kanpur. ' +
        'But these were only rumours spread by text messages. ' +
        'Later, police arrested 12 men in Kanpur.',
      mentions: [
        ['Kanpur', placeEntity('Kanpur', 'IN'), 1],
        ['Kanpur', placeEntity('Kanpur', 'IN'), 2],
        ['Kanpur', placeEntity('Kanpur', 'IN'), 3],
      ],
    });
    expect(types).toEqual(['Arrests']);
  });

  it('drops a massacre named by its place as the start of a count, and keeps the deadliest attack since one', () => {
    expect(
      subTypesOf({
        text: 'The regime used gas 136 times since the Ghouta massacre.',
        mentions: [['Ghouta', placeEntity('Eastern Ghouta', 'SY')]],
      }),
    ).toEqual([]);
    expect(
      subTypesOf({
        text: 'Gunmen killed three people in Ghouta on Monday, the deadliest attack since 2014.',
        mentions: [['Ghouta', placeEntity('Eastern Ghouta', 'SY')]],
        quantities: [['three people', killed(3)]],
      }),
    ).toEqual(['Attack']);
  });

  it.each([
    ['Shops have stayed shut in Ahmedabad since the communal violence erupted.', 'Ahmedabad', 'IN'],
    ['وتشهد البلاد نزوحا كبيرا منذ اندلاع الاحتجاجات في درعا.', 'درعا', 'SY'],
  ])('drops an incident a span is counted from, a word qualifying it: %s', (text, town, country) => {
    expect(subTypesOf({ text, mentions: [[town, placeEntity(town, country)]] })).toEqual([]);
  });

  it('keeps a toll told over a night and the next day', () => {
    const types = subTypesOf({
      text: 'Gunmen killed four soldiers in Ramadi between Monday and Tuesday.',
      mentions: [['Ramadi', placeEntity('Ramadi', 'IQ')]],
      quantities: [['four soldiers', killed(4)]],
      times: [
        [
          'Monday and Tuesday',
          { value: '2015-07-20', end: '2015-07-21', precision: 'day', reason: 'fixture' },
        ],
      ],
    });
    expect(types).toEqual(['Armed clash']);
  });

  it('keeps a killing whose victim is named by the years he held an office, and leaves those years undated', () => {
    const [e] = resolvedEvents({
      text: 'The deputy mayor of Lakhpur from 2004-2008, Ravi Dhar, died when gunmen fired on his jeep.',
      mentions: [['Lakhpur', placeEntity('Lakhpur', 'IN')]],
      published: '2011-03-02',
      times: [['2004-2008', { value: '2004', end: '2008', precision: 'year', reason: 'range: years' }]],
    });
    expect(e?.sub_event_type?.value).toBe('Attack');
    expect(e?.date?.value).not.toBe('2004');
  });

  it('keeps past attacks told with their toll', () => {
    const types = subTypesOf({
      text: 'Previous attacks on the market in Kirkuk killed 12 people.',
      mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
      quantities: [['12 people', killed(12)]],
    });
    expect(types).toEqual(['Attack']);
  });

  it('drops a toll of houses burned counted since a year, past a place of several words', () => {
    const types = subTypesOf({
      text: 'وأحرق 9 منازل لمزارعين في وادي الأردن الشمالي منذ عام 2011.',
      mentions: [['وادي الأردن الشمالي', placeEntity('Northern Jordan Valley', 'PS', 'region')]],
    });
    expect(types).toEqual([]);
  });

  it('keeps a hostage-taking told since an evening, a place name of two words between', () => {
    const types = subTypesOf({
      text: 'واحتجز مسلحون ثلاثة من شرطة بني وليد رهائن منذ مساء الأحد.',
      mentions: [['بني وليد', placeEntity('Bani Walid', 'LY')]],
    });
    expect(types).toEqual(['Abduction/forced disappearance']);
  });

  it('drops attacks told as a habit or as the means of a policy', () => {
    const inKarma = (text: string) =>
      subTypesOf({ text, mentions: [['الكرمة', placeEntity('Karma', 'IQ')]] });
    expect(inKarma('وهاجم المسلحون جنودا في كل مرة دخلت فيها دورية إلى بلدة الكرمة.')).toEqual([]);
    expect(inKarma('وتتبع الجماعة سياسة تقوم على مهاجمة مراكز الشرطة في الكرمة.')).toEqual([]);
    expect(inKarma('وهاجم المسلحون جنودا حين دخلت دورية إلى بلدة الكرمة.')).toEqual(['Attack']);
  });
});

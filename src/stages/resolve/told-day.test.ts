import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { createResolveStage } from './index.js';
import { toldDay } from './told-day.js';
import type { TimeExpression } from '../../core/records.js';

const extract = createExtractStage();
const resolve = createResolveStage();
const ctx = { referenceDate: null };
const rampur = placeEntity('Rampur', 'IN');

function datedAs(spec: FixtureSpec): string[] {
  const doc = fixtureDocument(spec);
  extract.run(doc, ctx);
  resolve.run(doc, ctx);
  return doc.events!.map((e) => `${e.sub_event_type?.value} ${e.date?.value ?? null} ${e.timing?.value}`);
}

describe('the day the sentences about an undated incident give it', () => {
  it('dates it by the day the sentence before ties to "the crime", not by the publication', () => {
    const events = datedAs({
      text:
        'The council condemns the crime which was committed in the town of Rampur on Monday November 13. ' +
        'Over 40 civilians were killed when jets fired missiles on a crowded market in the town.',
      published: '2017-11-14',
      mentions: [['Rampur', rampur]],
      times: [
        ['on Monday November 13', { value: '2017-11-13', precision: 'day', reason: 'weekday and day' }],
      ],
    });
    expect(events).toEqual(['Air/drone strike 2017-11-13 current']);
  });

  it('dates a retold incident by "that day" and its month, long past', () => {
    const events = datedAs({
      text: 'وفي ذلك اليوم من مايو 1982 أقلعت طائرات من القاعدة. لكن القوات ظنت أنها معادية فقامت بقصفها فجرا.',
      published: '2015-08-08',
      times: [['مايو 1982', { value: '1982-05', precision: 'month', reason: 'explicit date' }]],
    });
    expect(events).toEqual(['Shelling/artillery/missile attack 1982-05 historical']);
  });

  it.each([
    [
      'dates it by the day that heads the sentence before',
      'Also on Saturday the army pushed the rebels back from the old road near Rampur.',
      '2016-09-03',
    ],
    [
      'does not date it by the day that heads words said',
      'On Saturday the army spokesman said the roads around Rampur were open again.',
      '2016-09-04',
    ],
  ])('%s', (_why, before, day) => {
    const events = datedAs({
      text: `${before} After hours of fierce clashes the troops captured the hills around Rampur.`,
      published: '2016-09-04',
      mentions: [
        ['Rampur', rampur, 1],
        ['Rampur', rampur, 2],
      ],
      times: [['Saturday', { value: '2016-09-03', precision: 'day', reason: 'weekday' }]],
    });
    expect(events.map((e) => e.split(' ').at(-2))).toEqual([day]);
  });

  it.each([
    [
      'the fighting',
      'Dozens died in the fighting around the town, where bombers blew up two cars last night.',
    ],
    ['القتال', 'وقتل العشرات خلال القتال في البلدة، حيث فجر انتحاريون سيارتين الليلة الماضية.'],
  ])('dates a sentence by the day it gives "%s"', (_noun, text) => {
    const doc = fixtureDocument({
      text,
      times: [
        [
          /last night|الليلة الماضية/.exec(text)![0],
          { value: '2017-03-06', precision: 'day', reason: 'night' },
        ],
      ],
    });
    expect(toldDay(doc, 0, 0, '2017-03-07')?.value).toBe('2017-03-06');
  });

  it('dates it by the day in the possessive of the incident the sentence before names', () => {
    const text =
      "Police took 40 men into custody after Wednesday's violence in the old city. A mob set fire to a scooter there.";
    const doc = fixtureDocument({
      text,
      times: [['Wednesday', { value: '2002-03-13', precision: 'day', reason: 'weekday' }]],
    });
    expect([toldDay(doc, 1, 1, '2002-03-14')?.value, toldDay(doc, 0, 0, '2002-03-14')]).toEqual([
      '2002-03-13',
      null,
    ]);
  });

  it('does not date it by a day the sentence counts a span from', () => {
    const events = datedAs({
      text:
        'The town has seen no crime like it since 3 May 2011. ' +
        'Over 40 civilians were killed when jets fired missiles on a crowded market in Rampur.',
      published: '2017-11-14',
      mentions: [['Rampur', rampur]],
      times: [['3 May 2011', { value: '2011-05-03', precision: 'day', reason: 'explicit date' }]],
    });
    expect(events).toContain('Air/drone strike 2017-11-14 current');
  });
});

describe('the day a campaign began, told in a relative clause', () => {
  it('does not date the incident told after it', () => {
    const events = datedAs({
      text: 'Jets resumed the raids that began on Monday. Over 40 civilians were killed when missiles hit a market in Rampur.',
      published: '2017-11-16',
      mentions: [['Rampur', rampur]],
      times: [['on Monday', { value: '2017-11-13', precision: 'day', reason: 'weekday' }]],
    });
    expect(events).not.toHaveLength(0);
    expect(events.join()).not.toContain('2017-11-13');
  });
});

describe('an undated incident told right after a sentence that ends on a time long past', () => {
  const summer = { value: '2015-06', end: '2015-08', precision: 'month', reason: 'summer' } as const;
  const lastWeek = { value: '2016-08-29', precision: 'day', reason: 'last week' } as const;
  const tuesday = { value: '2016-09-06', precision: 'day', reason: 'weekday' } as const;

  function riotDate(
    past: string,
    time: Omit<TimeExpression, 'span'>,
    told = 'Anger had grown in the town after the floods',
  ): string[] {
    return datedAs({
      text:
        'A rights group on Tuesday accused the guards of the Rampur jail of cruelty to inmates. ' +
        `${told} ${past}. Riots broke out in Rampur and many were held.`,
      published: '2016-09-07',
      mentions: [
        ['Rampur', rampur, 0],
        ['Rampur', rampur, 2],
      ],
      times: [
        ['on Tuesday', tuesday],
        [past, time],
      ],
    }).filter((e) => e.startsWith('Mob violence'));
  }

  it('carries on that past: dated by its year, historical', () => {
    expect(riotDate('last summer', summer)).toEqual(['Mob violence 2015 historical']);
  });

  it('is left to the news when the time is told of a relative clause ("which … last summer")', () => {
    expect(riotDate('last summer', summer, 'Many fled the town, which the floods hit')).toEqual([
      'Mob violence 2016-09-07 current',
    ]);
  });

  it('stays current when the time is recent ("last week")', () => {
    expect(riotDate('last week', lastWeek)).toEqual(['Mob violence 2016-09-07 current']);
  });
});

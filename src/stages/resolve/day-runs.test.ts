import { describe, expect, it } from 'vitest';
import type { TimeExpression } from '../../core/records.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
const kassala = placeEntity('Kassala', 'SD');

function datesOf(spec: FixtureSpec): string[] {
  return resolvedEvents(spec).map((e) => `${e.date?.value ?? null} ${e.date?.precision}`);
}

describe('an incident dated by a run of a few days', () => {
  it('is told by the run’s month', () => {
    const dates = datesOf({
      text: 'Bandits torched three granaries in Kassala between Monday and Wednesday.',
      published: '2019-04-11',
      mentions: [['Kassala', kassala]],
      times: [
        [
          'Monday and Wednesday',
          { value: '2019-04-08', end: '2019-04-10', precision: 'day', reason: 'range of weekdays' },
        ],
      ],
    });
    expect(dates).toEqual(['2019-04 month']);
  });

  it('is told by the run’s year when it crosses a month’s end', () => {
    const dates = datesOf({
      text: 'Bandits torched three granaries in Kassala between Monday and Wednesday.',
      published: '2019-05-02',
      mentions: [['Kassala', kassala]],
      times: [
        [
          'Monday and Wednesday',
          { value: '2019-04-29', end: '2019-05-01', precision: 'day', reason: 'range of weekdays' },
        ],
      ],
    });
    expect(dates).toEqual(['2019 year']);
  });

  it('keeps a single day', () => {
    const dates = datesOf({
      text: 'Bandits torched three granaries in Kassala on Monday.',
      published: '2019-04-11',
      mentions: [['Kassala', kassala]],
      times: [['on Monday', { value: '2019-04-08', precision: 'day', reason: 'weekday' }]],
    });
    expect(dates).toEqual(['2019-04-08 day']);
  });
});

describe('an incident dated by a run of weeks', () => {
  const shawwal: [string, Omit<TimeExpression, 'span'>] = [
    'during this Shawwal',
    { value: '2015-07-17', end: '2015-08-15', precision: 'day', reason: 'Hijri month' },
  ];

  it('takes the publication date while the run is not over: its part to come names no day', () => {
    const dates = datesOf({
      text: 'Bandits torched three granaries in Kassala during this Shawwal.',
      published: '2015-07-25',
      mentions: [['Kassala', kassala]],
      times: [shawwal],
    });
    expect(dates).toEqual(['2015-07-25 day']);
  });

  it('is told by its year once the run is over', () => {
    const dates = datesOf({
      text: 'Bandits torched three granaries in Kassala during this Shawwal.',
      published: '2015-09-20',
      mentions: [['Kassala', kassala]],
      times: [shawwal],
    });
    expect(dates).toEqual(['2015 year']);
  });
});

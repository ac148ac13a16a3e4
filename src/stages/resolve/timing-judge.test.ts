import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { isHistorical } from './timing-judge.js';

const [ramadi, fallujah] = [placeEntity('Ramadi', 'IQ'), placeEntity('Fallujah', 'IQ')];

describe('the timing judge', () => {
  it.each([
    ['2015-07-20', '2015-07-21', false],
    ['2015-06-25', '2015-07-21', false],
    ['2015-06-10', '2015-07-21', true],
    ['2015-06', '2015-07-25', true],
    ['2015-06', '2015-07-10', false],
    ['2015-07', '2015-07-31', false],
    ['2014', '2015-08-01', true],
    ['2013', '2013-12-16', false],
    ['2005', 'not a date', false],
  ])('calls an incident of %s seen on %s historical: %s', (date, reference, expected) => {
    expect(isHistorical(date, reference)).toBe(expected);
  });
});

describe('an incident of an article with no publication date', () => {
  const timingOf = (when: string, time: NonNullable<FixtureSpec['times']>[number][1]) =>
    resolvedEvents({
      text: `${when}, gunmen killed seven farmers in Ramadi.`,
      mentions: [['Ramadi', ramadi]],
      times: [[when.replace(/^In /, ''), time]],
    }).map((e) => `${e.date?.value} ${e.timing?.value}`);

  it('is history when its words date it by a run of years', () => {
    const decade = { value: '1990', end: '1999', precision: 'year', reason: 'explicit decade' } as const;
    expect(timingOf('In the 1990s', decade)).toEqual(['1990 historical']);
  });

  it('stays current when dated by one year, which no reference tells the age of', () => {
    const year = { value: '1991', precision: 'year', reason: 'explicit year' } as const;
    expect(timingOf('In 1991', year)).toEqual(['1991 current']);
  });
});

describe('an incident recalled as like the news', () => {
  /** Ramadi's news, then a like incident in Fallujah recalled on `day`, which the times stage read as `time`. */
  const timingsOf = (day: string, time: NonNullable<FixtureSpec['times']>[number][1]) => {
    const text = `Jets killed seven farmers in Ramadi. It follows similar shelling of Fallujah ${day} that killed nine traders.`;
    const mentions: FixtureSpec['mentions'] = [
      ['Ramadi', ramadi],
      ['Fallujah', fallujah],
    ];
    return resolvedEvents({ published: '2015-07-22', text, mentions, times: [[day, time]] }).map(
      (e) => `${e.location?.name} ${e.timing?.value}`,
    );
  };

  it('is current when its own words date it within the month', () => {
    const monday = { value: '2015-07-20', precision: 'day', reason: 'weekday' } as const;
    expect(timingsOf('on Monday', monday)).toEqual(['Ramadi current', 'Fallujah current']);
  });

  it('stays history when the day it is told on is older than a month', () => {
    const may = { value: '2015-05-02', precision: 'day', reason: 'day and month' } as const;
    expect(timingsOf('on 2 May', may)).toEqual(['Ramadi current', 'Fallujah historical']);
  });
});

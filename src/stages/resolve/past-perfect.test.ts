import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
const kassala = placeEntity('Kassala', 'SD');
const monday = { value: '2019-04-08', precision: 'day', reason: 'latest such weekday' } as const;
const year2014 = { value: '2014', precision: 'year', reason: 'explicit year' } as const;

function datesOf(spec: FixtureSpec): string[] {
  return resolvedEvents(spec).map((e) => `${e.date?.value ?? null} ${e.timing?.value}`);
}

describe('an incident told in the past perfect with a date of its own', () => {
  it('is dated by its own year, not the day of the news it is told with', () => {
    const dates = datesOf({
      text: 'Police on Monday found the grave of a farmer who had been killed by gunmen in Kassala in 2014.',
      published: '2019-04-11',
      mentions: [['Kassala', kassala]],
      times: [
        ['on Monday', monday],
        ['2014', year2014],
      ],
    });
    expect(dates).toEqual(['2014 historical']);
  });

  it('is dated by its own year in Arabic («كان قد»)', () => {
    const dates = datesOf({
      text: 'قالت الشرطة يوم الاثنين إن المزارع كان قد قتل على يد مسلحين في كسلا عام 2014.',
      published: '2019-04-11',
      mentions: [['كسلا', kassala]],
      times: [
        ['يوم الاثنين', monday],
        ['عام 2014', year2014],
      ],
    });
    expect(dates).toEqual(['2014 historical']);
  });

  it('keeps the statement day when it gives no date of its own', () => {
    const dates = datesOf({
      text: 'Police in Kassala said on Monday that the farmer had been killed by gunmen.',
      published: '2019-04-11',
      mentions: [['Kassala', kassala]],
      times: [['on Monday', monday]],
    });
    expect(dates).toEqual(['2019-04-08 current']);
  });
});

const yearAgo = { value: '2018', precision: 'year', reason: 'reference year − 1' } as const;

describe('an incident told as what came before the news ("after") with a date of its own', () => {
  it('is dated by its own "a year ago", not the day of the sentencing it led to', () => {
    const dates = datesOf({
      text: 'A court in Kassala on Monday jailed nine union members after protests turned violent a year ago.',
      published: '2019-04-11',
      mentions: [['Kassala', kassala]],
      times: [
        ['on Monday', monday],
        ['a year ago', yearAgo],
      ],
    });
    expect(dates).toEqual(['2018 historical']);
  });

  it('is dated by its own «قبل عام» in Arabic («بعد أن»)', () => {
    const dates = datesOf({
      text: 'سجنت محكمة في كسلا يوم الاثنين تسعة نقابيين بعد أن تحولت احتجاجات إلى العنف قبل عام.',
      published: '2019-04-11',
      mentions: [['كسلا', kassala]],
      times: [
        ['يوم الاثنين', monday],
        ['قبل عام', yearAgo],
      ],
    });
    expect(dates).toEqual(['2018 historical']);
  });

  it('is dated by its own «العام الماضي» after «عقب»', () => {
    const dates = datesOf({
      text: 'قضت محكمة في كسلا يوم الاثنين بسجن سبعة طلاب عقب احتجاجات عنيفة العام الماضي.',
      published: '2019-04-11',
      mentions: [['كسلا', kassala]],
      times: [
        ['يوم الاثنين', monday],
        ['العام الماضي', yearAgo],
      ],
    });
    expect(dates).toContain('2018 historical');
  });

  it('keeps a day told after its word: the second of two truces told after "after"', () => {
    const dates = datesOf({
      text: 'عاد القتال إلى كسلا يوم الاثنين بعد هدنتين انهارتا، الأولى في 2 مارس والثانية في 20 مارس.',
      published: '2019-04-11',
      mentions: [['كسلا', kassala]],
      times: [
        ['يوم الاثنين', monday],
        ['2 مارس', { value: '2019-03-02', precision: 'day', reason: 'explicit date' }],
        ['20 مارس', { value: '2019-03-20', precision: 'day', reason: 'explicit date' }],
      ],
    });
    expect(dates).toEqual(['2019-03-02 historical', '2019-03-20 current']);
  });

  it('keeps the day of the news when "after" does not lead to the incident', () => {
    const dates = datesOf({
      text: 'After a long siege, gunmen on Monday attacked a clinic in Kassala shut a year ago.',
      published: '2019-04-11',
      mentions: [['Kassala', kassala]],
      times: [
        ['on Monday', monday],
        ['a year ago', yearAgo],
      ],
    });
    expect(dates).toEqual(['2019-04-08 current']);
  });
});

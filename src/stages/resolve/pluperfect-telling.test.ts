import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

const [rampur, sitapur] = ['Rampur', 'Sitapur'].map((town) => placeEntity(town, 'IN'));
const friday = { value: '2002-03-01', precision: 'day', reason: 'weekday' } as const;

/** The date of each event the two stages make of `text`, published on 2 March 2002. */
function datesOf(text: string): string[] {
  const spec: FixtureSpec = {
    text,
    published: '2002-03-02',
    mentions: (
      [
        ['Rampur', rampur],
        ['Sitapur', sitapur],
      ] as const
    ).flatMap(([name, place]) =>
      text
        .split(name)
        .slice(1)
        .map((_, k): [string, typeof place, number] => [name, place, k + 1]),
    ),
    times: text.includes('on Friday') ? [['on Friday', friday]] : [],
  };
  return resolvedEvents(spec).map((e) => `${e.location?.name} ${e.date?.value ?? 'undated'}`);
}

describe('an incident told only in the pluperfect', () => {
  it('takes neither the day of the story around it nor the publication date', () => {
    expect(
      datesOf(
        'The minister met the families in Rampur on Friday. ' +
          'Ten pilgrims had been burnt alive on board a train at Sitapur.',
      ),
    ).toEqual(['Sitapur undated']);
  });

  it('nor does it when told again by its name', () => {
    expect(
      datesOf(
        'Ten pilgrims had been burnt alive on board a train at Sitapur. ' +
          'One family lost four members in the Sitapur carnage.',
      ),
    ).toEqual(['Sitapur undated']);
  });

  it('keeps the publication date in reported speech', () => {
    expect(datesOf('Police said ten pilgrims had been burnt alive on board a train at Sitapur.')).toEqual([
      'Sitapur 2002-03-02',
    ]);
  });

  it('keeps the publication date for an act told in the past tense', () => {
    expect(datesOf('A crowd had gathered at the station when rioters burnt a train at Sitapur.')).toEqual([
      'Sitapur 2002-03-02',
    ]);
  });
});

describe('an Arabic incident told only in the pluperfect', () => {
  const hatra = placeEntity('Hatra', 'IQ');
  const datesOfArabic = (text: string) =>
    resolvedEvents({ text, published: '2002-03-02', mentions: [['الحضر', hatra]] }).map(
      (e) => `${e.location?.name} ${e.date?.value ?? 'undated'}`,
    );

  it('takes no publication date when «كان … قد» tells it', () => {
    expect(datesOfArabic('وكان التنظيم قد دمر تماثيل أثرية في مدينة الحضر.')).toEqual(['Hatra undated']);
  });

  it('keeps the publication date when a source reports it', () => {
    expect(datesOfArabic('وقالت الشرطة إن التنظيم كان قد دمر تماثيل أثرية في مدينة الحضر.')).toEqual([
      'Hatra 2002-03-02',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const lakhpur = placeEntity('Lakhpur', 'IN');
const year = (value: string) => ({ value, precision: 'year', reason: 'explicit year' }) as const;

/** Each event's date and timing, the article published on 21 July 2015. */
function datesOf(text: string, times: FixtureSpec['times']) {
  const spec: FixtureSpec = { text, published: '2015-07-21', mentions: [['Lakhpur', lakhpur]], times };
  return resolvedEvents(spec).map((e) => `${e.date?.value ?? null} ${e.timing?.value}`);
}

describe('a year told in an aside on a person, closed before the act', () => {
  it.each([
    [
      'between dashes',
      'The financier - who took on the central bank in 1992 - was pelted by protesters in Lakhpur.',
    ],
    [
      'between commas',
      'The financier, who took on the central bank in 1992, was pelted by protesters in Lakhpur.',
    ],
  ])('does not date the act: %s', (_how, text) => {
    expect(datesOf(text, [['1992', year('1992')]])).toEqual(['2015-07-21 current']);
  });

  it('gives way to the year the sentence gives the act', () => {
    const text =
      'In Lakhpur this year, the financier - who took on the central bank in 1992 - was pelted by protesters.';
    const times = [
      ['this year', year('2015')],
      ['1992', year('1992')],
    ] satisfies FixtureSpec['times'];
    expect(datesOf(text, times)).toEqual(['2015 current']);
  });

  it('still dates an act told inside the aside', () => {
    const text = 'The financier, who was pelted by protesters in Lakhpur in 1992, later moved abroad.';
    expect(datesOf(text, [['1992', year('1992')]])).toEqual(['1992 historical']);
  });
});

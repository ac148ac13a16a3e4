import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';

const ruritania = placeEntity('Ruritania', 'RT', 'country');
const strelsau = placeEntity('Strelsau', 'RT');
const zenda = placeEntity('Zenda', 'RT');

const FOUND = 'A bomb was found and defused by police in Ruritania on Monday. ';
const PLANTED = 'The device had been planted outside a pharmacy in Strelsau.';

/** Where the first event resolved from `text` is placed. */
function firstPlace(text: string): string | undefined {
  const mentions: FixtureSpec['mentions'] = [['Ruritania', ruritania]];
  if (text.includes('Strelsau')) mentions.push(['Strelsau', strelsau]);
  if (text.includes('Zenda')) mentions.push(['Zenda', zenda]);
  return resolvedEvents({ text, published: '2004-03-09', mentions })[0]?.location?.name;
}

describe('a telling placed only by its country, followed at once by one in a town', () => {
  it('takes that town when the article names no other', () => {
    expect(firstPlace(FOUND + PLANTED)).toBe('Strelsau');
  });

  it('keeps its country when the article names another town as well', () => {
    expect(firstPlace(FOUND + PLANTED + ' Gunmen shot a guard in Zenda on Tuesday.')).toBe('Ruritania');
  });

  it('keeps its country when the town is told two sentences later', () => {
    expect(firstPlace(FOUND + 'The bomb was the third this week. ' + PLANTED)).toBe('Ruritania');
  });
});

describe('an arrest placed only by its country', () => {
  it('keeps its country though the bombing told next is in a town', () => {
    const text =
      'Police in Ruritania arrested four men on Sunday over the bombing. ' +
      'The bomb had killed nine people at a market in Strelsau on Friday.';
    expect(firstPlace(text)).toBe('Ruritania');
  });
});

import { describe, expect, it } from 'vitest';
import { findTimes } from './index.js';

/** Each time expression found in an English text as "span text=value". */
function found(text: string): string {
  return findTimes(text, [{ span: [0, text.length] }], 'en', '2016-11-07')
    .map((t) => `${text.slice(...t.span)}=${t.value}`)
    .join(' | ');
}

describe('findTimes leaves an English day and month that name the thing after them', () => {
  it.each([
    'Mortar rounds fell on a shop on April 7th Street at dawn.',
    'Gunmen blocked the 6 October Bridge for an hour.',
    'Leaders of the March 14 alliance met in the capital.',
  ])("'%s' holds no date", (text) => {
    expect(found(text)).toBe('');
  });

  it('still reads the day when a year follows it', () => {
    expect(found('The bridge was shelled on October 6, 2016.')).toBe('October 6, 2016=2016-10-06');
  });

  it('still reads a day and month followed by an ordinary word', () => {
    expect(found('Shells hit the camp on April 7 during the night.')).toBe('April 7=2016-04-07');
  });

  it('still reads a day and month before a lower-case noun of a name', () => {
    expect(found('On April 7 university students marched to the square.')).toBe('April 7=2016-04-07');
    expect(found('Police said on March 3 hospital staff were held.')).toBe('March 3=2016-03-03');
  });
});

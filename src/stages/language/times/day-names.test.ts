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
    'Shells landed near the bakery on April 7th Street in the camp.',
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
});

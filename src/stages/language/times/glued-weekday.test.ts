import { describe, expect, it } from 'vitest';
import { findTimes } from './index.js';

/** Each expression as "text=value", one sentence. */
function read(text: string, ref: string): string {
  return findTimes(text, [{ span: [0, text.length] }], 'en', ref)
    .map((t) => `${text.slice(...t.span)}=${t.value}`)
    .join(' | ');
}

// Thursday 12 March 2020: the Monday before it is the 9th.
const REF = '2020-03-12';

describe('a weekday whose possessive apostrophe was dropped', () => {
  it.each([
    ['Police blamed the militia for Mondays ambush on the convoy.', 'Mondays=2020-03-09'],
    ['After Mondays shelling of the port the toll rose to nine.', 'Mondays=2020-03-09'],
  ])('is that day: %s', (text, expected) => {
    expect(read(text, REF)).toBe(expected);
  });

  it.each([
    'The clinic in the old town shuts on Mondays.',
    'Traders rest every Mondays and holidays.',
    'Mondays are quiet at the border crossing.',
  ])('is a habit, no day: %s', (text) => {
    expect(read(text, REF)).toBe('');
  });
});

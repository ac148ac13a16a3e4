import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

const mentions = [
  ['Lakhpur', placeEntity('Lakhpur', 'IQ')],
  ['Rurania', placeEntity('Rurania', 'IQ')],
] satisfies FixtureSpec['mentions'];

/** Each event's place and toll for a text naming Lakhpur and Rurania. */
function placedTolls(text: string): [string | undefined, number | null, number | null][] {
  return resolvedEvents({
    text,
    mentions,
    quantities: [['two', { value: 2, qualifier: 'exact', noun: 'guards', role: 'injured' }]],
  }).map((e) => [e.location?.name, e.fatalities?.value ?? null, e.injuries?.value ?? null]);
}

describe('a place the text locates by the town named after it', () => {
  it('is one incident, at the place, when a later clause reaches only the town ("in X, in eastern Y")', () => {
    const text =
      'A bomb aimed at an army convoy in Lakhpur, in eastern Rurania, went off, killing the convoy commander and wounding two guards.';
    expect(placedTolls(text)).toEqual([['Lakhpur', 1, 2]]);
  });

  it('is one incident when the place is an area "outside of" the town', () => {
    const text =
      'Raiders attacked a lorry in the Lakhpur area, outside of Rurania with gunfire, wounding two guards.';
    expect(placedTolls(text)).toEqual([['Lakhpur', null, 2]]);
  });
});

import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { placesOf } from '../../../test/support/places-of.js';

// Invented towns of an invented province: the comma-stripped style of some sources, written fresh.
const mentions = [
  ['Tel Marun', placeEntity('Tel Marun', 'SY')],
  ['Kafr Dalim', placeEntity('Kafr Dalim', 'SY')],
  ['Ain Sarif', placeEntity('Ain Sarif', 'SY')],
  ['Hurayta', placeEntity('Hurayta', 'SY')],
  ['Wadi Qasr', placeEntity('Wadi Qasr', 'SY', 'region')],
] satisfies FixtureSpec['mentions'];

/** The towns the fixture knows, those the text names. */
const placesIn = (text: string) =>
  placesOf({ text, mentions: mentions.filter(([name]) => text.includes(name)) });

describe('a list of towns whose commas the source stripped', () => {
  it('gives an incident to each town a bare space apart when "and" closes the list', () => {
    const text = 'Warplanes struck the towns of Tel Marun Kafr Dalim Ain Sarif and Hurayta on Monday.';
    expect(placesIn(text)).toEqual(['Tel Marun SY', 'Kafr Dalim SY', 'Ain Sarif SY', 'Hurayta SY']);
  });

  it('keeps one town when no "and" closes the towns a bare space apart', () => {
    const text = 'Warplanes struck Tel Marun Kafr Dalim on Monday.';
    expect(placesIn(text)).toHaveLength(1);
  });

  it('keeps one town when the place after it is its province, not a town of the list', () => {
    const text = 'Warplanes struck Tel Marun Wadi Qasr and shelled the road on Monday.';
    expect(placesIn(text)).toEqual(['Tel Marun SY']);
  });
});

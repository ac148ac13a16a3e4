import { describe, expect, it } from 'vitest';
import { placeEntity } from './fixture-entities.js';
import { placesOf } from '../../../test/support/places-of.js';

describe('villages the knowledge base does not know', () => {
  it.each([
    ['Three civilians were killed in shelling on the village of Haas in Idlib province.', 'Idlib', 'Haas SY'],
    ['Air strikes hit Hirbanfsah village in southern Hama, killing two.', 'Hama', 'Hirbanfsah SY'],
  ])('names the village the text gives, in the country of its anchor: %s', (text, anchor, place) => {
    expect(placesOf({ text, mentions: [[anchor, placeEntity(anchor, 'SY')]] })).toEqual([place]);
  });

  it('keeps a known town told before the village', () => {
    const text = 'Warplanes struck Aleppo and the village of Haas on Monday.';
    expect(placesOf({ text, mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]] })).toEqual(['Aleppo SY']);
  });
});

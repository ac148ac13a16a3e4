import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/records.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { placesOf } from '../../../test/support/places-of.js';

/** A town of the region Sindhia, as the knowledge base tells the region a town lies in. */
function townOfSindhia(name: string): Omit<Mention, 'span'> {
  const town = placeEntity(name, 'IN');
  return { ...town, place: { ...town.place!, admin1: 'Sindhia' } };
}
const mentions = [
  ['Lakhpur', townOfSindhia('Lakhpur')],
  ['Rurania', townOfSindhia('Rurania')],
] satisfies FixtureSpec['mentions'];

describe('a village named with the town it lies by', () => {
  it('is the place when the text calls it a village of the town ("X village of Y")', () => {
    const text = 'Gunmen shot a shopkeeper dead in his home in Lakhpur village of Rurania.';
    expect(placesOf({ text, mentions })).toEqual(['Lakhpur IN']);
  });

  it('is the place when the text puts the village in the town\'s area ("X village in the Y area")', () => {
    const text = 'Dozens of settlers walked into Lakhpur village in the Rurania area and shot at homes.';
    expect(placesOf({ text, mentions })).toEqual(['Lakhpur IN']);
  });

  it('is the place when it opens the clause far from the act ("the village of X in Y district")', () => {
    const text =
      'Late at night in the remote village of Lakhpur in Rurania district, after a long search for informers, a gang cut off the ears of four farmers.';
    expect(placesOf({ text, mentions })).toEqual(['Lakhpur IN']);
  });

  it('still gives way to the town "the X settlement of Y" names', () => {
    const text = 'Mortar shells hit the Lakhpur settlement of Rurania on Monday.';
    expect(placesOf({ text, mentions })).toEqual(['Rurania IN']);
  });
});

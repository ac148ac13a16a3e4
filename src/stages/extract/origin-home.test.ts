import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../test/support/places-of.js';
import { placeEntity } from './fixture-entities.js';

// The article's own country is the one its places are named in; a place named only as where a shot came
// from ("a shell fired from Velmar across the border") is the other side's, and must not make the town
// it struck, with no "in" before it, a foreign one.
describe('the article country, not where a shot came from', () => {
  it('places a shell fired from across the border at the town it struck', () => {
    const places = placesOf({
      text: 'A shell launched from Velmar struck Ostrava late on Sunday, wounding two farmers.',
      mentions: [
        ['Velmar', placeEntity('Velmar', 'RT')],
        ['Ostrava', placeEntity('Ostrava', 'BG')],
      ],
    });
    expect(places).toEqual(['Ostrava BG']);
  });

  it('still counts a town named as where the attackers were, not where a shot came from', () => {
    const places = placesOf({
      text: 'Gunmen in Velmar shot at a bus that had come from Ostrava, wounding two farmers.',
      mentions: [
        ['Velmar', placeEntity('Velmar', 'RT')],
        ['Ostrava', placeEntity('Ostrava', 'BG')],
      ],
    });
    expect(places).toEqual(['Velmar RT']);
  });
});

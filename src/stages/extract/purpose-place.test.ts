import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../test/support/places-of.js';
import { placeEntity } from './fixture-entities.js';

// A purpose clause names the place of what the act was aimed at ("to disrupt the vote in X"); the clause's own
// "in Y" is where the act was.
describe('the scene over the place a purpose clause names', () => {
  it('places a bombing at the town it was in, not the region whose vote it meant to disrupt', () => {
    const places = placesOf({
      text:
        'In an effort to disrupt the vote in Ostmark, rebels set off a mine beside an election officer ' +
        'who was counting ballots in Rampur.',
      mentions: [
        ['Ostmark', placeEntity('Ostmark', 'XX', 'region')],
        ['Rampur', placeEntity('Rampur', 'XX')],
      ],
    });
    expect(places).toEqual(['Rampur XX']);
  });
});

import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const haroun = placeEntity('Tell Haroun', 'SD');

describe('an assault told in words, then named "the attack"', () => {
  it('places "the attack" where the sentence before told the assault', () => {
    const text =
      'Masked men sprayed the front of a clinic in Tell Haroun with bullets. The attack caused minor damage.';
    expect(subTypesOf({ text, mentions: [['Tell Haroun', haroun]] })).toEqual(['Attack']);
  });

  it('tells nothing when the sentence before only threatens a strike', () => {
    const text =
      'A militia threatened to attack Tell Haroun. The attack would come at night, its leader said.';
    expect(subTypesOf({ text, mentions: [['Tell Haroun', haroun]] })).toEqual([]);
  });
});
